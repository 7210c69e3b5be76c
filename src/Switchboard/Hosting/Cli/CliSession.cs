using System.CommandLine;
using Switchboard.Storage;
using Switchboard.Tenancy;

namespace Switchboard.Hosting.Cli;

/// <summary>
/// One run of the executable: where output goes, the configuration overrides taken off the command
/// line, and how a management command reaches the store.
/// </summary>
internal sealed class CliSession(TextWriter output, TextWriter error, string[] configurationArguments)
{
    /// <summary>The command could not be carried out (unknown owner, store unreachable, …).</summary>
    public const int FailureExitCode = 1;

    /// <summary>The command line itself is wrong (unknown option, missing value).</summary>
    public const int UsageErrorExitCode = 2;

    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;
    public string[] ConfigurationArguments { get; } = configurationArguments;

    /// <summary>
    /// Opens the store the server would use, brings its schema up to date (never seeding it) and runs
    /// <paramref name="command"/>. Failures become one <c>error:</c> line and exit code 1.
    /// </summary>
    public async Task<int> RunAgainstStoreAsync(
        ParseResult parse, Func<IServiceProvider, CancellationToken, Task> command, CancellationToken cancellationToken)
    {
        // The root command lets unknown tokens through for the server; a management command must not,
        // or a mistyped option would be silently ignored.
        if (parse.UnmatchedTokens.Count > 0)
            return UsageError($"unrecognized argument '{parse.UnmatchedTokens[0]}'. Configuration overrides look like --Section:Key value.");
        try
        {
            await using var services = BuildServices();
            await services.MigrateStorageAsync(cancellationToken);
            await command(services, cancellationToken);
            await Output.FlushAsync(cancellationToken);
            return 0;
        }
        catch (TenancyException e)
        {
            return Fail(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store is unreachable, locked or of a newer schema: say so without a stack trace.
            var inner = e.GetBaseException();
            return Fail(inner == e ? e.Message : $"{e.Message} {inner.Message}");
        }
    }

    public int Fail(string message)
    {
        Error.WriteLine($"error: {message}");
        return FailureExitCode;
    }

    public int UsageError(string message)
    {
        Error.WriteLine($"error: {message}");
        return UsageErrorExitCode;
    }

    private ServiceProvider BuildServices()
    {
        var configuration = SwitchboardConfigurationSources.BuildWithoutHost(ConfigurationArguments);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // No log output: the command's own lines are the interface, and a logger would mix into them.
        services.AddLogging();
        services.AddSwitchboardStorage(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
