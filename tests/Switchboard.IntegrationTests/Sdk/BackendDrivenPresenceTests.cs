using System.Net;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>The business backend changes an agent's presence through the cloud API; the agent's open tabs follow.</summary>
public sealed class BackendDrivenPresenceTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private SwitchboardHost Host => fixture.Host;

    [Fact]
    public async Task SetStaffStatus_reaches_every_tab_of_the_agent()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, "ann@example.com");
        await using var first = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));
        await using var second = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));

        await backend.Client.SetStaffStatusAsync(new()
        {
            SdkAppId = backend.App,
            StaffStatusList = [new() { StaffUserId = "ann@example.com", Status = "rest", Reason = "Meeting" }],
        }, Cancellation);

        foreach (var tab in new[] { first, second })
        {
            var change = await tab.NextChangeToAsync("rest");
            Assert.Equal("Meeting", change.Reason);
        }
    }

    [Fact]
    public async Task ForceMemberOffline_logs_every_tab_out_and_RestoreMemberOnline_lets_the_agent_back()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, "ann@example.com");
        await using var first = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));
        await using var second = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));

        await backend.Client.ForceMemberOfflineAsync(new() { SdkAppId = backend.App, UserId = "ann@example.com" }, Cancellation);

        foreach (var tab in new[] { first, second })
        {
            var message = await tab.ForcedOffline.WaitAsync(TimeSpan.FromSeconds(15), Cancellation);
            Assert.False(string.IsNullOrWhiteSpace(message));
            await tab.WaitClosedAsync();
        }
        var page = new SdkPage(Host);
        Assert.Equal("ForcedOffline", (await page.LoginAsync(backend.App, "ann@example.com", await backend.TokenAsync("ann@example.com"))).Code);

        await backend.Client.RestoreMemberOnlineAsync(new() { SdkAppId = backend.App, UserId = "ann@example.com" }, Cancellation);

        var login = await page.LoginAsync(backend.App, "ann@example.com", await backend.TokenAsync("ann@example.com"));
        Assert.Equal(HttpStatusCode.OK, login.Status);
        await using var back = await WorkstationTab.OpenAsync(Host, login.Session);
        Assert.Equal("free", (await back.GetStateAsync()).Status);
    }
}
