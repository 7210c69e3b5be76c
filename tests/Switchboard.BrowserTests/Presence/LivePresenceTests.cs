using Switchboard.BrowserTests.Infrastructure;
using Switchboard.BrowserTests.Samples;
using Switchboard.Client;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.BrowserTests.Presence;

/// <summary>
/// Presence as an agent sees it in the Vue demo (through the Node sample backend) and as the business backend
/// sees it through the cloud API, with the server's disconnect grace shortened to <see cref="SampleStack.DisconnectGrace"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LivePresenceTests(BrowserFixture browser, SampleStack stack) : IClassFixture<SampleStack>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private CccClient Api => stack.Tenant.Client;

    [Fact]
    public async Task A_status_chosen_in_one_tab_reaches_the_agents_other_tab_and_the_API()
    {
        var mail = await NewAgentAsync();
        await using var first = await LoggedInAsync(mail);
        await using var second = await LoggedInAsync(mail);

        await first.ChooseStatusAsync("notReady");

        await second.ExpectStatusAsync("notReady");
        await second.ExpectLoggedAsync("statusChanged");
        Assert.Contains("notReady", Assert.Single(await second.LoggedAsync("statusChanged")));
        await Expect(second.Workbench.Locator(".status")).ToHaveTextAsync("Not ready");
        await first.ExpectStatusAsync("notReady");
        Assert.Equal(("notReady", null), await ApiStatusAsync(mail));
        Assert.True(await WorkstationConnectedAsync(mail));

        await second.ChooseStatusAsync("rest", "Meeting");

        await first.ExpectStatusAsync("rest");
        await Expect(first.Status).ToHaveTextAsync("Rest (Meeting)");
        Assert.Equal(("rest", "Meeting"), await ApiStatusAsync(mail));
    }

    [Fact]
    public async Task SetStaffStatus_from_the_backend_changes_what_the_page_shows()
    {
        var mail = await NewAgentAsync();
        await using var demo = await LoggedInAsync(mail);

        await SetStaffStatusAsync(mail, "rest", "Training");

        await demo.ExpectStatusAsync("rest");
        await Expect(demo.Status).ToHaveTextAsync("Rest (Training)");
        await Expect(demo.Workbench.Locator(".status")).ToHaveTextAsync("On a break: Training");
        await demo.ExpectLoggedAsync("statusChanged");

        await SetStaffStatusAsync(mail, "free", null);

        await demo.ExpectStatusAsync("free");
        await Expect(demo.Workbench.Locator(".status")).ToHaveTextAsync("Free");
    }

    [Fact]
    public async Task ForceMemberOffline_disconnects_the_page_and_refuses_logins_until_RestoreMemberOnline()
    {
        var mail = await NewAgentAsync();
        await using var demo = await LoggedInAsync(mail);

        await Api.ForceMemberOfflineAsync(new() { SdkAppId = stack.Tenant.App, UserId = mail }, Cancellation);

        await demo.ExpectPhaseAsync("disconnected");
        await demo.ExpectStatusAsync("offline");
        await demo.ExpectLoggedAsync("forcedOffline");
        Assert.False(string.IsNullOrWhiteSpace(await demo.Problem.InnerTextAsync()));
        await Expect(demo.Workbench).ToContainTextAsync("Forced offline");
        Assert.Equal(("offline", null), await ApiStatusAsync(mail));
        Assert.False(await WorkstationConnectedAsync(mail), "the forced-offline page is still connected");

        // Logging in again: every fresh SdkURL is refused with tokenExpired; the demo retries twice, then gives up.
        await demo.LogInAsync();
        await demo.ExpectPhaseAsync("failed");
        await demo.ExpectLoggedAsync("tokenExpired", 3);
        Assert.All(await demo.LoggedAsync("tokenExpired"), entry => Assert.Contains("forced offline", entry, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Login refused", await demo.Problem.InnerTextAsync());
        Assert.Single(await demo.LoggedAsync("ready")); // the first login's, none since

        await Api.RestoreMemberOnlineAsync(new() { SdkAppId = stack.Tenant.App, UserId = mail }, Cancellation);
        await demo.LogInAsync();

        await demo.ExpectPhaseAsync("ready");
        await demo.ExpectStatusAsync("free");
        Assert.Equal(("free", null), await ApiStatusAsync(mail));
    }

    [Fact]
    public async Task A_network_drop_shorter_than_the_grace_period_keeps_the_state()
    {
        var mail = await NewAgentAsync();
        await using var demo = await LoggedInAsync(mail);
        await demo.ChooseStatusAsync("notReady");
        await demo.ExpectStatusAsync("notReady");
        var changesBefore = (await demo.LoggedAsync("statusChanged")).Count;

        var dropped = DateTime.UtcNow;
        stack.Network.Cut();
        await ExpectConnectionAsync(demo, "Reconnecting…");
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        stack.Network.Restore();
        await ExpectConnectionAsync(demo, "Connected");
        var away = DateTime.UtcNow - dropped;
        Assert.True(away < SampleStack.DisconnectGrace, $"the page was away {away.TotalSeconds:F1} s, not shorter than the grace period");

        Assert.Equal(("notReady", null), await ApiStatusAsync(mail));
        await demo.ExpectStatusAsync("notReady");
        Assert.Equal(changesBefore, (await demo.LoggedAsync("statusChanged")).Count);
        Assert.True(await WorkstationConnectedAsync(mail));
    }

    [Fact]
    public async Task A_network_drop_longer_than_the_grace_period_makes_the_agent_offline_until_the_page_reconnects()
    {
        var mail = await NewAgentAsync();
        await using var demo = await LoggedInAsync(mail);
        await demo.ChooseStatusAsync("notReady");
        await demo.ExpectStatusAsync("notReady");

        var dropped = DateTime.UtcNow;
        stack.Network.Cut();
        await ExpectConnectionAsync(demo, "Reconnecting…");
        var status = await WaitForApiStatusAsync(mail, "offline", SampleStack.DisconnectGrace + TimeSpan.FromSeconds(10));
        var offlineAfter = DateTime.UtcNow - dropped;
        Assert.True(status == "offline", $"the agent was still {status} {offlineAfter.TotalSeconds:F1} s into the drop");
        // The state outlived the connection by the grace period (the poll adds up to its own interval).
        Assert.True(offlineAfter >= SampleStack.DisconnectGrace - TimeSpan.FromMilliseconds(300),
            $"offline after {offlineAfter.TotalSeconds:F1} s, before the {SampleStack.DisconnectGrace.TotalSeconds} s grace period");
        Assert.False(await WorkstationConnectedAsync(mail));

        stack.Network.Restore();

        // The SDK's back-off brings the page back; the agent comes online fresh, without the lost notReady.
        await ExpectConnectionAsync(demo, "Connected");
        await demo.ExpectStatusAsync("free");
        Assert.Equal(("free", null), await ApiStatusAsync(mail));
    }

    private async Task<string> NewAgentAsync()
    {
        var mail = $"presence-{Guid.NewGuid():N}@example.com";
        await stack.Tenant.CreateAgentsAsync(TenantBackend.Agent(mail));
        return mail;
    }

    private async Task<DemoPage> LoggedInAsync(string mail)
    {
        var demo = await DemoPage.OpenAsync(browser.Browser, stack.Demo(SampleBackend.Node), mail);
        await demo.LogInAsync();
        await demo.ExpectPhaseAsync("ready");
        return demo;
    }

    private static Task ExpectConnectionAsync(DemoPage demo, string label) =>
        Expect(demo.Workbench.GetByRole(Microsoft.Playwright.AriaRole.Status, new() { Name = "Connection" }))
            .ToHaveTextAsync(label, new() { Timeout = (float)DemoPage.Patience.TotalMilliseconds });

    private async Task SetStaffStatusAsync(string mail, string status, string? reason)
    {
        var answer = await Api.SetStaffStatusAsync(new()
        {
            SdkAppId = stack.Tenant.App,
            StaffStatusList = [new SetStaffStatusItem { StaffUserId = mail, Status = status, Reason = reason }],
        }, Cancellation);
        var outcome = Assert.Single(answer.StaffStatusList);
        Assert.True(string.IsNullOrEmpty(outcome.ErrorCode), $"SetStaffStatus refused: {outcome.ErrorCode}: {outcome.ErrorMessage}");
    }

    private async Task<(string? Status, string? Reason)> ApiStatusAsync(string mail)
    {
        var agent = await MetricsAsync(mail);
        return (agent.Status, string.IsNullOrEmpty(agent.Reason) ? null : agent.Reason);
    }

    /// <summary>Whether DescribeStaffStatusMetrics sees a browser workstation of the agent connected.</summary>
    private async Task<bool> WorkstationConnectedAsync(string mail) =>
        (await MetricsAsync(mail)).ClientInfo.Any(c => c.ClientType == "Web" && c.IsConnected == true);

    private async Task<StaffStatusMetrics> MetricsAsync(string mail)
    {
        var metrics = await Api.DescribeStaffStatusMetricsAsync(new() { SdkAppId = stack.Tenant.App, StaffList = [mail] }, Cancellation);
        return Assert.Single(metrics.Metrics);
    }

    private async Task<string?> WaitForApiStatusAsync(string mail, string wanted, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var (status, _) = await ApiStatusAsync(mail);
            if (status == wanted || DateTime.UtcNow > deadline) return status;
            await Task.Delay(TimeSpan.FromMilliseconds(200), Cancellation);
        }
    }
}
