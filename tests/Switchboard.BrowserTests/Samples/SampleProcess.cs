using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Switchboard.BrowserTests.Samples;

/// <summary>
/// One sample started the way its README starts it, as a real process on a port of its choosing; its address
/// is read from the "listening on URL" line it prints. Disposing stops it.
/// </summary>
public sealed partial class SampleProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private SampleProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    /// <summary>http://127.0.0.1:PORT, as the process announced it.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>What the process printed so far (both streams), for failure messages.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>
    /// Starts <paramref name="fileName"/> in <paramref name="folder"/> with the given sample variables. Proxy variables
    /// are left as they are: the samples must reach a local server whatever http_proxy says.
    /// </summary>
    public static async Task<SampleProcess> StartAsync(
        string name, string fileName, IReadOnlyList<string> arguments, string folder, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var variable in new[] { "PORT", "AGENT_USER_ID", "BACKEND_URL", "DEMO_ORIGIN" })
        {
            start.Environment.Remove(variable);
        }
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} could not be started.");
        var sample = new SampleProcess(name, process);
        var announced = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            sample._output.Enqueue(line.Data);
            if (ListeningLine().Match(line.Data) is { Success: true } match) announced.TrySetResult(new Uri(match.Groups[1].Value));
        };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) sample._output.Enqueue(line.Data); };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => announced.TrySetException(
            new InvalidOperationException($"{name} exited with {process.ExitCode} before listening:\n{sample.Output}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            sample.Address = await announced.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            await sample.DisposeAsync();
            throw new InvalidOperationException($"{name} did not say where it listens within {StartTimeout.TotalSeconds} s:\n{sample.Output}");
        }
        catch
        {
            await sample.DisposeAsync();
            throw;
        }
        return sample;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (http://[^\s/]+)")]
    private static partial Regex ListeningLine();
}
