using Switchboard.IntegrationTests.ClientScenarios;
using Switchboard.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>A tenant's backend handing out SdkURL tokens for its agents, as the seed's /loginTCCC route does.</summary>
internal static class SdkAgents
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>A fresh tenant with the agents named (mails), signing with <paramref name="clock"/> when the server runs on one.</summary>
    public static async Task<TenantBackend> TenantWithAgentsAsync(SwitchboardHost host, FakeTimeProvider? clock, params string[] mails)
    {
        var backend = await TenantBackend.ConnectAsync(host, o => { if (clock is not null) o.TimeProvider = clock; });
        await backend.CreateAgentsAsync([.. mails.Select(m => TenantBackend.Agent(m))]);
        return backend;
    }

    /// <summary>A one-time login token for <paramref name="mail"/>.</summary>
    public static async Task<string> TokenAsync(this TenantBackend backend, string mail) =>
        (await backend.Client.CreateSDKLoginTokenAsync(new() { SdkAppId = backend.App, SeatUserId = mail }, Cancellation)).Token!;

    /// <summary>Logs <paramref name="mail"/> in with a fresh token and returns the session credential.</summary>
    public static async Task<string> SessionAsync(this TenantBackend backend, string mail)
    {
        var reply = await new SdkPage(backend.Host).LoginAsync(backend.App, mail, await backend.TokenAsync(mail));
        Assert.True(reply.Code is null, $"login of {mail} failed: {reply}");
        return reply.Session;
    }
}
