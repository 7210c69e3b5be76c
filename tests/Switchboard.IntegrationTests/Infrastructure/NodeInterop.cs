using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Client;

namespace Switchboard.IntegrationTests.Infrastructure;

/// <summary>
/// Runs the official <c>tencentcloud-sdk-nodejs</c> client (through tests/interop-node/driver.js) against
/// a server, in a separate node process, exactly as a customer's backend would call it.
/// </summary>
public static class NodeInterop
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static volatile bool installed;

    /// <summary>Sends the script's calls and answers one result per call, in order.</summary>
    /// <param name="script">Client settings and calls.</param>
    /// <param name="timeout">Limit for the whole node process; default 30 s plus 10 s per call.</param>
    /// <param name="cancellationToken">Stops the node process.</param>
    public static async Task<IReadOnlyList<NodeCallResult>> RunAsync(
        NodeInteropScript script, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        await EnsureSdkInstalledAsync(cancellationToken);
        var limit = timeout ?? TimeSpan.FromSeconds(30 + 10 * script.Calls.Count);
        var driver = Path.Combine(RepositoryLayout.InteropNodeDirectory, "driver.js");
        var run = await RunProcessAsync("node", [driver], ToDriverInput(script), limit, cancellationToken);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"node driver.js exited {run.ExitCode}: {run.StandardError}");
        }

        var results = ParseResults(run.StandardOutput);
        if (results.Count != script.Calls.Count)
        {
            throw new InvalidOperationException(
                $"node driver.js answered {results.Count} results for {script.Calls.Count} calls: {run.StandardOutput}");
        }

        return results;
    }

    /// <summary>Sends a single call.</summary>
    public static async Task<NodeCallResult> CallAsync(
        NodeInteropScript settings, string action, object? parameters, CancellationToken cancellationToken = default)
    {
        var results = await RunAsync(settings with { Calls = [new NodeCall(action, parameters)] }, null, cancellationToken);
        return results[0];
    }

    private static string ToDriverInput(NodeInteropScript script)
    {
        var calls = new JsonArray();
        foreach (var call in script.Calls)
        {
            var node = new JsonObject
            {
                ["action"] = call.Action,
                ["params"] = call.Params is null
                    ? new JsonObject()
                    : JsonSerializer.SerializeToNode(call.Params, call.Params.GetType(), CccJson.Options),
            };
            if (call.ClockOffsetSeconds is { } offset)
            {
                node["clockOffsetSeconds"] = offset;
            }

            calls.Add(node);
        }

        var input = new JsonObject
        {
            ["endpoint"] = script.Endpoint,
            ["protocol"] = script.Protocol,
            ["secretId"] = script.SecretId,
            ["secretKey"] = script.SecretKey,
            ["signMethod"] = script.SignMethod,
            ["reqMethod"] = script.ReqMethod,
            ["language"] = script.Language,
            ["region"] = script.Region,
            ["clockOffsetSeconds"] = script.ClockOffsetSeconds,
            ["calls"] = calls,
        };
        return input.ToJsonString();
    }

    private static List<NodeCallResult> ParseResults(string output)
    {
        using var document = JsonDocument.Parse(output);
        var results = new List<NodeCallResult>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            results.Add(new NodeCallResult
            {
                Ok = item.GetProperty("ok").GetBoolean(),
                Response = item.TryGetProperty("response", out var response) ? response.Clone() : default,
                Code = StringOrNull(item, "code"),
                Message = StringOrNull(item, "message"),
                RequestId = StringOrNull(item, "requestId"),
                HttpCode = item.TryGetProperty("httpCode", out var http) && http.ValueKind == JsonValueKind.Number
                    ? http.GetInt32()
                    : null,
            });
        }

        return results;
    }

    private static string? StringOrNull(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;

    // scripts/test installs the SDK before any test runs; this keeps a bare `dotnet test` working too.
    // The gate serializes installs inside this process, the lock file across test processes.
    private static async Task EnsureSdkInstalledAsync(CancellationToken cancellationToken)
    {
        if (installed)
        {
            return;
        }

        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            var directory = RepositoryLayout.InteropNodeDirectory;
            var marker = Path.Combine(directory, "node_modules", "tencentcloud-sdk-nodejs", "package.json");
            if (!File.Exists(marker))
            {
                await using var crossProcessLock = await AcquireFileLockAsync(
                    Path.Combine(Path.GetTempPath(), "switchboard-interop-npm.lock"), cancellationToken);
                if (!File.Exists(marker))
                {
                    var npm = await RunProcessAsync(
                        "npm", ["ci", "--no-audit", "--no-fund"], null, NpmTimeout, cancellationToken, directory);
                    if (npm.ExitCode != 0)
                    {
                        throw new InvalidOperationException(
                            $"npm ci in {directory} exited {npm.ExitCode}: {npm.StandardError}");
                    }
                }
            }

            installed = true;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + NpmTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }

    private static async Task<ProcessRun> RunProcessAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string? standardInput,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // No byte-order mark: the driver hands stdin straight to JSON.parse.
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryLayout.InteropNodeDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await using (var stdin = process.StandardInput)
        {
            if (standardInput is not null)
            {
                await stdin.WriteAsync(standardInput.AsMemory(), cancellationToken);
            }
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException(
                $"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}: {await stderr}");
        }

        return new ProcessRun(process.ExitCode, await stdout, await stderr);
    }

    private sealed record ProcessRun(int ExitCode, string StandardOutput, string StandardError);
}
