using System.CommandLine;
using Switchboard.Presence;

namespace Switchboard.Hosting.Cli;

/// <summary><c>apps rest-reasons APP [--set REASON…]</c>: shows or replaces an application's rest reasons.</summary>
internal static class RestReasonCommands
{
    public static Command Create(CliSession session)
    {
        var app = new Argument<long>("sdkAppId") { Description = "The application" };
        var set = new Option<string[]>("--set")
        {
            Description = $"Replace the list with these reasons, in menu order (1 to {RestReasonCatalog.MaxReasons})",
            HelpName = "REASON",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("rest-reasons", "Show an application's rest reasons, one per line, or replace them with --set") { app, set };
        command.SetAction((parse, ct) => session.RunAgainstStoreAsync(parse, async (services, token) =>
        {
            var catalog = new RestReasonCatalog(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
            var sdkAppId = parse.GetValue(app);
            if (parse.GetValue(set) is { Length: > 0 } reasons) await catalog.SetAsync(sdkAppId, reasons, token);
            else await catalog.RequireApplicationAsync(sdkAppId, token);
            foreach (var reason in await catalog.ForApplicationAsync(sdkAppId, token)) CliTable.WriteRow(session.Output, reason);
        }, ct));
        return command;
    }
}
