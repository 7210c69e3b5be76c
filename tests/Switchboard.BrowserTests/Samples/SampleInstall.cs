using System.Diagnostics;
using System.Security.Cryptography;

namespace Switchboard.BrowserTests.Samples;

/// <summary>
/// Runs <c>npm ci</c> in a sample folder when its node_modules is missing or older than its lock file, so a bare
/// <c>dotnet test</c> works on a fresh clone. The stamp is the one scripts/lib/prerequisites.sh writes.
/// </summary>
public static class SampleInstall
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>samples/NAME in this checkout.</summary>
    public static string Folder(string name) => Path.Combine(RepositoryLayout.Root, "samples", name);

    public static async Task EnsureAsync(string folder)
    {
        await Gate.WaitAsync();
        try
        {
            if (IsCurrent(folder)) return;
            // Another test process (or scripts/test) may be installing the same folder.
            await using var crossProcess = await LockAsync(Path.Combine(Path.GetTempPath(), "switchboard-samples-npm.lock"));
            if (IsCurrent(folder)) return;
            await RunNpmCiAsync(folder);
            await File.WriteAllTextAsync(StampPath(folder), LockHash(folder) + "\n");
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string StampPath(string folder) => Path.Combine(folder, "node_modules", ".switchboard-lock.sha256");

    private static string LockHash(string folder) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "package-lock.json"))));

    private static bool IsCurrent(string folder) =>
        File.Exists(StampPath(folder)) && File.ReadAllText(StampPath(folder)).Trim() == LockHash(folder);

    private static async Task RunNpmCiAsync(string folder)
    {
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" }) start.ArgumentList.Add(argument);
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started: is Node.js installed?");
        var output = npm.StandardOutput.ReadToEndAsync();
        var errors = npm.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(NpmTimeout);
        try
        {
            await npm.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"npm ci in {folder} took longer than {NpmTimeout.TotalMinutes} minutes.");
        }
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {folder} exited {npm.ExitCode}: {await errors}{await output}");
        }
    }

    private static async Task<FileStream> LockAsync(string path)
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
                await Task.Delay(250);
            }
        }
    }
}
