using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Switchboard.Client;
using Switchboard.Presence;
using Switchboard.Storage;

namespace Switchboard.IntegrationTests.Presence;

/// <summary>Presence driven the way the SDK hub drives it: tabs connecting and dropping, agents asking for states.</summary>
public sealed class PresenceDirectoryTests
{
    private const string Ann = "ann@example.com";

    [Fact]
    public async Task A_dropped_workstation_keeps_the_state_for_the_grace_period_then_goes_offline()
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: Ann);
        await scenario.ConnectAsync(Ann, "tab-1");
        await scenario.SetAsync(Ann, "rest", "Meal");

        await scenario.Directory.DisconnectAsync(scenario.Agent(Ann), "tab-1");
        await scenario.AdvanceAsync(TimeSpan.FromSeconds(29), Ann, AgentStatus.Rest);
        Assert.Equal("Meal", (await scenario.ViewAsync(Ann)).Reason);

        await scenario.AdvanceAsync(TimeSpan.FromSeconds(1), Ann, AgentStatus.Offline);
        var back = await scenario.ConnectAsync(Ann, "tab-2");
        Assert.Equal(AgentStatus.Free, back.Status);
    }

    [Fact]
    public async Task A_workstation_back_within_the_grace_period_finds_its_state()
    {
        await using var scenario = await PresenceScenario.StartAsync(new Dictionary<string, string?> { ["Presence:DisconnectGraceSeconds"] = "5" }, agents: Ann);
        await scenario.ConnectAsync(Ann, "tab-1");
        await scenario.SetAsync(Ann, "notReady");

        await scenario.Directory.DisconnectAsync(scenario.Agent(Ann), "tab-1");
        await scenario.AdvanceAsync(TimeSpan.FromSeconds(4), Ann, AgentStatus.NotReady);
        var back = await scenario.ConnectAsync(Ann, "tab-1-reconnected");
        await scenario.AdvanceAsync(TimeSpan.FromSeconds(60), Ann, AgentStatus.NotReady);

        Assert.Equal(AgentStatus.NotReady, back.Status);
        Assert.Equal(1, back.ConnectedClients);
    }

    [Fact]
    public async Task Tabs_of_one_agent_share_one_state_and_the_agent_stays_while_one_is_open()
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: Ann);
        await scenario.ConnectAsync(Ann, "tab-1");
        var second = await scenario.ConnectAsync(Ann, "tab-2");
        Assert.Equal(2, second.ConnectedClients);

        await scenario.SetAsync(Ann, "rest", "Training");
        await scenario.Directory.DisconnectAsync(scenario.Agent(Ann), "tab-1");
        await scenario.AdvanceAsync(TimeSpan.FromMinutes(5), Ann, AgentStatus.Rest);

        var view = await scenario.ViewAsync(Ann);
        Assert.Equal(1, view.ConnectedClients);
        Assert.Equal("Training", view.Reason);
        // This node was told about every change, including the tab count.
        await PresenceScenario.EventuallyAsync(() => Task.FromResult(scenario.Notifier.StatusChanges.Any(c => c.View.Status == AgentStatus.Rest && c.View.ConnectedClients == 1)),
            "the notifier to hear of the closed tab");
        Assert.All(scenario.Notifier.StatusChanges, c => Assert.Equal(scenario.Agent(Ann), c.Agent));
    }

    [Fact]
    public async Task After_a_session_comes_after_call_work_then_the_state_booked_during_it()
    {
        await using var scenario = await PresenceScenario.StartAsync(new Dictionary<string, string?> { ["Presence:AfterCallWorkSeconds"] = "20" }, agents: Ann);
        await scenario.ConnectAsync(Ann, "tab-1");
        Assert.True((await scenario.Sessions.BeginSessionAsync(scenario.Agent(Ann), "session-1")).Accepted);
        var booked = await scenario.SetAsync(Ann, "rest", "Meal");
        Assert.Equal((AgentStatus.Busy, AgentStatus.Rest, "Meal"), (booked.Status, booked.Reserved, booked.ReservedReason));

        var ended = await scenario.Sessions.EndSessionAsync(scenario.Agent(Ann), "session-1");
        Assert.Equal(AgentStatus.Arrange, ended.View.Status);
        await scenario.AdvanceAsync(TimeSpan.FromSeconds(19), Ann, AgentStatus.Arrange);
        await scenario.AdvanceAsync(TimeSpan.FromSeconds(1), Ann, AgentStatus.Rest);
        Assert.Equal("Meal", (await scenario.ViewAsync(Ann)).Reason);
    }

    [Fact]
    public async Task A_forced_offline_agent_is_told_refused_and_still_locked_out_after_the_grain_is_reloaded()
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: Ann);
        var agent = scenario.Agent(Ann);
        await scenario.ConnectAsync(Ann, "tab-1");

        await scenario.Client.ForceMemberOfflineAsync(new() { SdkAppId = scenario.App, UserId = Ann }, PresenceScenario.Cancellation);
        await PresenceScenario.EventuallyAsync(() => Task.FromResult(!scenario.Notifier.ForcedOffline.IsEmpty), "the tabs to be told");
        var (told, message) = Assert.Single(scenario.Notifier.ForcedOffline);
        Assert.Equal(agent, told);
        Assert.Contains("administrator", message);

        // Everything this agent's grain held in memory goes; the lock is read back from the store.
        var management = scenario.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero, PresenceScenario.Cancellation);
        var statistics = await management.GetSimpleGrainStatistics(PresenceScenario.Cancellation);
        Assert.DoesNotContain(statistics, s => s.GrainType.Contains("AgentPresenceGrain", StringComparison.Ordinal) && s.ActivationCount > 0);
        var refused = await scenario.Directory.ConnectAsync(agent, "tab-2");
        Assert.False(refused.Accepted);
        Assert.True(refused.View.ForcedOffline);
        Assert.Equal(0, refused.View.ConnectedClients);
        Assert.False((await scenario.Directory.RequestAsync(agent, new PresenceRequest("online", null, PresenceSource.Workstation))).Accepted);

        await scenario.Client.RestoreMemberOnlineAsync(new() { SdkAppId = scenario.App, UserId = Ann }, PresenceScenario.Cancellation);
        Assert.Equal(AgentStatus.Free, (await scenario.ConnectAsync(Ann, "tab-3")).Status);
    }

    [Fact]
    public async Task After_a_restart_a_workstation_back_within_the_grace_period_keeps_its_state_and_its_after_call_work_runs_out()
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: Ann);
        await scenario.ConnectAsync(Ann, "tab-1");
        await scenario.Sessions.BeginSessionAsync(scenario.Agent(Ann), "session-1");
        await scenario.Sessions.EndSessionAsync(scenario.Agent(Ann), "session-1");
        scenario.Clock.Advance(TimeSpan.FromSeconds(10));

        await scenario.ReloadGrainAsync(Ann);
        var view = await scenario.ViewAsync(Ann);
        Assert.Equal((AgentStatus.Arrange, 0), (view.Status, view.ConnectedClients));
        await scenario.AdvanceAsync(TimeSpan.FromSeconds(15), Ann, AgentStatus.Arrange);
        Assert.Equal(AgentStatus.Arrange, (await scenario.ConnectAsync(Ann, "tab-1-again")).Status);

        // 30 s of after-call work in all, counted from the end of the session, not from the restart.
        await scenario.AdvanceAsync(TimeSpan.FromSeconds(5), Ann, AgentStatus.Free);
        await scenario.AdvanceAsync(TimeSpan.FromMinutes(5), Ann, AgentStatus.Free);
    }

    [Fact]
    public async Task After_a_restart_an_agent_whose_workstation_never_returns_goes_offline_after_the_grace_period()
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: Ann);
        await scenario.ConnectAsync(Ann, "tab-1");
        await scenario.SetAsync(Ann, "rest", "Meal");

        await scenario.ReloadGrainAsync(Ann);
        Assert.Equal((AgentStatus.Rest, "Meal"), ((await scenario.ViewAsync(Ann)).Status, (await scenario.ViewAsync(Ann)).Reason));
        await scenario.AdvanceAsync(TimeSpan.FromSeconds(29), Ann, AgentStatus.Rest);
        await scenario.AdvanceAsync(TimeSpan.FromSeconds(1), Ann, AgentStatus.Offline);
    }

    [Fact]
    public async Task DeleteStaff_keeps_an_agent_who_is_online_and_deletes_them_once_offline()
    {
        await using var scenario = await PresenceScenario.StartAsync(new Dictionary<string, string?> { ["Presence:DisconnectGraceSeconds"] = "10" }, agents: [Ann, "bob@example.com"]);
        await scenario.ConnectAsync(Ann, "tab-1");
        await scenario.Directory.DisconnectAsync(scenario.Agent(Ann), "tab-1");

        var first = await scenario.Client.DeleteStaffAsync(new() { SdkAppId = scenario.App, StaffList = [Ann, "bob@example.com"] }, PresenceScenario.Cancellation);
        Assert.Equal([Ann], first.OnlineStaffList);

        await scenario.AdvanceAsync(TimeSpan.FromSeconds(10), Ann, AgentStatus.Offline);
        var second = await scenario.Client.DeleteStaffAsync(new() { SdkAppId = scenario.App, StaffList = [Ann] }, PresenceScenario.Cancellation);
        Assert.Empty(second.OnlineStaffList);
        Assert.Equal(0, await scenario.Host.CountAgentsAsync(scenario.App));
    }

    [Fact]
    public async Task A_thousand_concurrent_flips_leave_one_consistent_state_and_one_history_entry_per_change()
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: Ann);
        var agent = scenario.Agent(Ann);
        await scenario.ConnectAsync(Ann, "tab-1");
        string[] targets = ["notReady", "free", "rest", "arrange", "stopNotReady", "busy", "nonsense"];

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => Task.Run(() =>
            scenario.Directory.RequestAsync(agent, new PresenceRequest(targets[i % targets.Length], "Meal", PresenceSource.Workstation)), PresenceScenario.Cancellation)));

        Assert.Contains(outcomes, o => !o.Accepted);
        var changes = await WithDbAsync(scenario, db => db.AgentStatusChanges
            .Where(c => c.SdkAppId == scenario.App && c.AgentMailKey == agent.MailKey).OrderBy(c => c.Id).ToListAsync());
        var final = await scenario.ViewAsync(Ann);
        Assert.Equal((changes[^1].Status, changes[^1].Reason), (final.Status, final.Reason));
        // Every entry starts where the previous one ended: no change was lost or applied twice.
        Assert.Equal(AgentStatus.Offline, changes[0].PreviousStatus);
        for (var i = 1; i < changes.Count; i++) Assert.Equal(changes[i - 1].Status, changes[i].PreviousStatus);
        Assert.DoesNotContain(changes, c => c.Status == AgentStatus.Busy);
        Assert.True(changes.Count > 100, $"only {changes.Count} changes recorded");

        var history = await scenario.Client.DescribeStaffStatusHistoryAsync(new()
        {
            SdkAppId = scenario.App, StaffUserId = Ann, PageSize = 1000,
            StartTimestamp = PresenceScenario.Morning.ToUnixTimeSeconds(), EndTimestamp = PresenceScenario.Morning.ToUnixTimeSeconds() + 60,
        }, PresenceScenario.Cancellation);
        Assert.Equal(changes.Count, history.Data.Count);
    }

    private static async Task<T> WithDbAsync<T>(PresenceScenario scenario, Func<SwitchboardDb, Task<T>> query)
    {
        await using var scope = scenario.Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SwitchboardDb>());
    }
}
