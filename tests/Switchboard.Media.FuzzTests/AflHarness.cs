using System.Diagnostics;
using System.Reflection;

namespace Switchboard.Media.FuzzTests;

/// <summary>
/// The fuzzing harness prepared once for all campaigns: a private copy of its build output with
/// Switchboard.Media.dll instrumented by sharpfuzz (so afl-fuzz sees which branches an input reaches), and a seed
/// folder per target. Deleted after the tests.
/// </summary>
public sealed class AflHarness : IAsyncLifetime
{
    private DirectoryInfo? _root;

    /// <summary>What afl-fuzz watches: the media stack, and the canary that proves a planted bug is found.</summary>
    private static readonly string[] InstrumentedAssemblies = ["Switchboard.Media.dll", "Switchboard.Media.FuzzCanary.dll"];

    /// <summary>The temporary folder holding the instrumented harness, seeds and findings.</summary>
    public string Root => _root?.FullName ?? throw new InvalidOperationException("the harness is not prepared");

    /// <summary>The instrumented harness's entry assembly.</summary>
    public string HarnessDll => Path.Combine(Root, "bin", "Switchboard.Media.Fuzz.dll");

    /// <summary>
    /// The harness as built, not instrumented: instrumented code needs afl-fuzz's shared memory, so findings are
    /// replayed with this one.
    /// </summary>
    public string ReplayDll { get; private set; } = "";

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (FindOnPath("afl-fuzz") is null)
            throw new InvalidOperationException("afl-fuzz is not installed (Debian package afl++); scripts/test installs it.");
        var repository = RepositoryRoot();
        var configuration = typeof(AflHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "HarnessConfiguration").Value!;
        var build = Path.Combine(repository, "tests", "Switchboard.Media.Fuzz", "bin", configuration, "net10.0");

        ReplayDll = Path.Combine(build, "Switchboard.Media.Fuzz.dll");
        _root = Directory.CreateTempSubdirectory("switchboard-fuzz-");
        var bin = Directory.CreateDirectory(Path.Combine(Root, "bin"));
        foreach (var file in Directory.EnumerateFiles(build))
            File.Copy(file, Path.Combine(bin.FullName, Path.GetFileName(file)));

        await RunAsync("dotnet", ["tool", "restore"], repository);
        foreach (var assembly in InstrumentedAssemblies)
            await RunAsync("dotnet", ["tool", "run", "sharpfuzz", Path.Combine(bin.FullName, assembly)], repository);
        // Seeds are built with the library itself (writers, SRTP protect, a DTLS ClientHello), so by the build that
        // runs without afl-fuzz's shared memory.
        await RunAsync("dotnet", [ReplayDll, "--seeds", Path.Combine(Root, "seeds")], Root);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        try
        {
            _root?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A campaign's child process may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs a program to completion; its output becomes the exception message when it fails.</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, bool mayFail = false)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var text = await output + await error;
        if (process.ExitCode != 0 && !mayFail)
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}:\n{text}");
        return text;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Switchboard.slnx"))) return folder.FullName;
        }
        throw new InvalidOperationException("Switchboard.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
}
