using Switchboard.Hosting;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Tenancy;

/// <summary>One in-process run of the executable's command line against a test store.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Output lines, each split into its tab-separated fields.</summary>
    public string[][] Rows => [.. Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split('\t'))];

    public static async Task<CliRun> RunAsync(TestStore store, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await SwitchboardCommandLine.RunAsync([.. args, .. store.CommandLineArguments], output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs and insists on success, so a failing step names its own error.</summary>
    public static async Task<CliRun> SucceedAsync(TestStore store, params string[] args)
    {
        var run = await RunAsync(store, args);
        Assert.True(run.ExitCode == 0, $"'{string.Join(' ', args)}' exited {run.ExitCode}: {run.Error}");
        return run;
    }
}
