using System.CommandLine;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Switchboard.Push;
using Switchboard.Storage;
using Switchboard.Tenancy;

namespace Switchboard.Hosting.Cli;

/// <summary>
/// <c>apps push APP [--url URL [--secret S]] [--remove] [--failed] [--retry-failed]</c>: an application's chat
/// webhook subscription and its failed deliveries (docs/push.md).
/// </summary>
internal static class PushCommands
{
    public static Command Create(CliSession session)
    {
        var app = new Argument<long>("sdkAppId") { Description = "The application" };
        var url = new Option<string>("--url") { Description = "Deliver events to this http(s) URL; prints the secret when one is generated", HelpName = "URL" };
        var secret = new Option<string>("--secret") { Description = $"With --url: the signing secret ({PushSecrets.MinLength} to {PushSecrets.MaxLength} characters) instead of a generated one", HelpName = "SECRET" };
        var remove = new Option<bool>("--remove") { Description = "Remove the subscription; later events are kept as NoSubscriber" };
        var failed = new Option<bool>("--failed") { Description = "List failed deliveries; one per line: delivery id, event, attempts, created (UTC), last error" };
        var retry = new Option<bool>("--retry-failed") { Description = "Send every failed delivery again; prints how many" };
        var command = new Command("push", "Show the chat webhook URL of an application (empty line when none), or change it") { app, url, secret, remove, failed, retry };
        command.SetAction((parse, ct) =>
        {
            var (newUrl, newSecret) = (parse.GetValue(url), parse.GetValue(secret));
            if (newUrl is not null && parse.GetValue(remove)) return Task.FromResult(session.UsageError("--url and --remove cannot be used together."));
            if (newSecret is not null && newUrl is null) return Task.FromResult(session.UsageError("--secret needs --url."));
            return session.RunAgainstStoreAsync(parse, async (services, token) =>
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
                var sdkAppId = parse.GetValue(app);
                if (!await db.Applications.AnyAsync(a => a.SdkAppId == sdkAppId, token))
                    throw new TenancyException($"Application {sdkAppId} does not exist.");
                var store = new PushSubscriptionStore(db, new PushSecrets(services.GetRequiredService<IDataProtectionProvider>()), TimeProvider.System);
                await RunAsync(session, store, db, sdkAppId, newUrl, newSecret, parse.GetValue(remove), parse.GetValue(failed), parse.GetValue(retry), token);
            }, ct);
        });
        return command;
    }

    private static async Task RunAsync(CliSession session, PushSubscriptionStore store, SwitchboardDb db, long sdkAppId,
        string? url, string? secret, bool remove, bool listFailed, bool retryFailed, CancellationToken cancellationToken)
    {
        var acted = false;
        if (url is not null)
        {
            if ((PushSubscriptionRules.UrlProblem(url) ?? (secret is null ? null : PushSubscriptionRules.SecretProblem(secret))) is { } problem)
                throw new TenancyException(problem.English);
            var generated = await store.SetAsync(sdkAppId, url, secret, cancellationToken);
            if (generated is not null) CliTable.WriteRow(session.Output, generated);
            acted = true;
        }
        if (remove)
        {
            await store.RemoveAsync(sdkAppId, cancellationToken);
            acted = true;
        }
        if (retryFailed)
        {
            CliTable.WriteRow(session.Output, CliTable.Number(await store.RetryFailedAsync(sdkAppId, cancellationToken)));
            acted = true;
        }
        if (listFailed)
        {
            var rows = await db.PushDeliveries.AsNoTracking()
                .Where(d => d.SdkAppId == sdkAppId && d.State == PushDeliveryState.Failed)
                .OrderByDescending(d => d.CreatedAtMs)
                .ToListAsync(cancellationToken);
            foreach (var d in rows)
                CliTable.WriteRow(session.Output, d.Id, d.Event, CliTable.Number(d.Attempts), CliTable.Time(d.CreatedAtMs / 1000), d.LastError);
            acted = true;
        }
        if (!acted) CliTable.WriteRow(session.Output, await store.UrlAsync(sdkAppId, cancellationToken));
    }
}
