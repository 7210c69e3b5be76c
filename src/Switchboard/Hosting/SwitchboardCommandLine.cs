using System.CommandLine;
using System.CommandLine.Parsing;
using Switchboard.Hosting.Cli;

namespace Switchboard.Hosting;

/// <summary>The <c>switchboard</c> executable's commands. Without a command it serves.</summary>
public static class SwitchboardCommandLine
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command; answers the process exit code.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>As <see cref="RunAsync(string[])"/>, writing results to <paramref name="output"/> and messages to <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (configurationArguments, commandArguments) = ConfigurationArguments.Split(args);
        var session = new CliSession(output, error, configurationArguments);
        var root = new RootCommand("Switchboard, a self-hosted contact center. Without a command it serves.\n"
            + "Every command accepts configuration overrides such as --Storage:DataDirectory DIR or --ConnectionStrings:Postgres CS.")
        {
            ServeCommand.Create(session),
            OwnerCommands.Create(session),
            ApplicationCommands.Create(session),
            KeyCommands.Create(session),
            AdminCommands.Create(session),
        };
        // Server settings such as --urls are not options of ours: let them through to the web host.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parse, _) => ServeCommand.ServeAsync(session, parse));

        // No response files: an argument starting with '@' is passed on as written.
        var parse = root.Parse(commandArguments, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            // Errors alone, on the error stream: a script reading the output must not get a help page.
            foreach (var parseError in parse.Errors) await error.WriteLineAsync($"error: {parseError.Message}");
            await error.WriteLineAsync($"Run '{root.Name} {CommandPath(parse)}--help' for usage.");
            return CliSession.UsageErrorExitCode;
        }
        return await parse.InvokeAsync(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // The web host handles Ctrl+C and SIGTERM itself and needs time for a graceful stop.
            ProcessTerminationTimeout = null,
        });
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is CommandResult parent; result = parent) names.Insert(0, result.Command.Name);
        return names.Count == 0 ? "" : string.Join(' ', names) + " ";
    }
}
