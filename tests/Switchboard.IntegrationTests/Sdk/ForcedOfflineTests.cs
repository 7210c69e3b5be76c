using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Presence;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>ForceMemberOffline as the workstation lives it: told why, disconnected, locked out until restored.</summary>
public sealed class ForcedOfflineTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private SwitchboardHost Host => fixture.Host;

    private IPresenceDirectory Presence => Host.Services.GetRequiredService<IPresenceDirectory>();

    [Fact]
    public async Task Every_tab_is_told_why_and_closed_and_the_agent_cannot_come_back_until_restored()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, "ann@example.com", "bob@example.com");
        var agent = new AgentKey(backend.App, "ann@example.com");
        var session = await backend.SessionAsync("ann@example.com");
        await using var first = await WorkstationTab.OpenAsync(Host, session);
        await using var second = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));
        await using var colleague = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("bob@example.com"));

        await Presence.ForceOfflineAsync(agent, "Your shift is over.");

        foreach (var tab in new[] { first, second })
        {
            Assert.Equal("Your shift is over.", await tab.ForcedOffline.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken));
            await tab.WaitClosedAsync();
        }
        Assert.Equal(0, (await Presence.GetAsync(agent)).ConnectedClients);
        Assert.Equal("free", (await colleague.GetStateAsync()).Status);

        var page = new SdkPage(Host);
        var login = await page.LoginAsync(backend.App, "ann@example.com", await backend.TokenAsync("ann@example.com"));
        Assert.Equal((HttpStatusCode.Unauthorized, "ForcedOffline"), (login.Status, login.Code));
        Assert.Equal("ForcedOffline", (await page.RenewAsync(session)).Code);
        var reconnect = WorkstationTab.Create(Host, session);
        await using (reconnect)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => reconnect.Connection.StartAsync(TestContext.Current.CancellationToken));
        }

        await Presence.RestoreAsync(agent);

        await using var back = await WorkstationTab.OpenAsync(Host, (await page.RenewAsync(session)).Session);
        Assert.Equal("free", (await back.GetStateAsync()).Status);
        Assert.Equal(HttpStatusCode.OK, (await page.LoginAsync(backend.App, "ann@example.com", await backend.TokenAsync("ann@example.com"))).Status);
    }
}
