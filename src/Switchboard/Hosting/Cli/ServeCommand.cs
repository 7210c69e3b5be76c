using System.CommandLine;

namespace Switchboard.Hosting.Cli;

/// <summary>Serving: the <c>serve</c> command, and the root command's action when no command is given.</summary>
internal static class ServeCommand
{
    public static Command Create(CliSession session)
    {
        var serve = new Command("serve", "Run the server (the default when no command is given)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        serve.SetAction((parse, _) => ServeAsync(session, parse));
        return serve;
    }

    /// <summary>
    /// Starts the server with every configuration argument (<c>--urls …</c>, <c>--Storage:DataDirectory …</c>)
    /// and runs until the host is stopped (Ctrl+C, SIGTERM).
    /// </summary>
    public static async Task<int> ServeAsync(CliSession session, ParseResult parse)
    {
        // Unknown words would otherwise be ignored by the configuration system and start the server
        // instead of reporting a mistyped command.
        if (ConfigurationArguments.FindStray(parse.UnmatchedTokens) is { } stray)
            return session.UsageError($"unknown command or argument '{stray}'. Run 'switchboard --help' to see the commands.");
        await using var app = SwitchboardServer.Build([.. session.ConfigurationArguments, .. parse.UnmatchedTokens]);
        await app.RunAsync();
        return 0;
    }
}
