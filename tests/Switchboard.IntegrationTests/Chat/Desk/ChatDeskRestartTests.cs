using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Core.Internal;
using Orleans.Runtime;
using Switchboard.Chat;
using Switchboard.IntegrationTests.Presence;

namespace Switchboard.IntegrationTests.Chat.Desk;

/// <summary>A desk dropped from memory (a node restart) rebuilds its sessions from the store.</summary>
public sealed class ChatDeskRestartTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Served_and_waiting_chats_survive_the_desk_being_rebuilt()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");
        var served = await chat.StartAsync("v-1", group);
        await chat.AcceptAsync("ann@example.com", served.SessionId);
        var waiting = await chat.StartAsync("v-2", group);
        await chat.Desk.PostAsync(chat.App, served.SessionId, ChatSender.Visitor("v-1"), ChatMessageTypes.Text, "before", null);

        await DeactivateDeskAsync(chat);

        var stillServed = await chat.Desk.FindOpenAsync(chat.Visitor("v-1"));
        Assert.Equal(ChatSessionState.Serving, stillServed!.State);
        Assert.Equal("ann@example.com", stillServed.AgentMail);
        var stillWaiting = await chat.Desk.FindOpenAsync(chat.Visitor("v-2"));
        Assert.Equal(ChatSessionState.Queued, stillWaiting!.State);
        Assert.Equal(1, stillWaiting.QueuePosition);
        var (posted, _) = await chat.Desk.PostAsync(chat.App, served.SessionId, ChatSender.Agent("ann@example.com"), ChatMessageTypes.Text, "after", null);
        Assert.True(posted.Accepted, posted.Refusal);

        // Ann's capacity still counts the restored chat: the waiting one reaches her only when it ends.
        await chat.Desk.EndByAgentAsync(chat.Agent("ann@example.com"), served.SessionId);
        chat.Advance(TimeSpan.FromSeconds(5));
        await ChatScenario.EventuallyAsync(
            () => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "callIn" && ((ChatOffer)e.Payload).SessionId == waiting.SessionId),
            "the waiting chat to reach Ann");
    }

    [Fact]
    public async Task An_ended_chat_stays_in_its_agents_list_across_a_restart_until_they_complete_it()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com", "bea@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");
        chat.Advance(TimeSpan.FromSeconds(1));
        await chat.LogInAsync("bea@example.com");
        var ended = await chat.StartAsync("v-1", group, nickname: "Cleo");
        await chat.AcceptAsync("ann@example.com", ended.SessionId);
        await chat.Desk.EndByVisitorAsync(chat.Visitor("v-1"), ended.SessionId);
        // A chat Ann handed over is Bea's to end and complete, not Ann's.
        var handedOver = await chat.StartAsync("v-2", group);
        await ChatScenario.EventuallyAsync(
            () => chat.Notifiers.EventsOf("bea@example.com").Any(e => e.Event == "callIn" && ((ChatOffer)e.Payload).SessionId == handedOver.SessionId),
            "the second chat to reach Bea");
        await chat.AcceptAsync("bea@example.com", handedOver.SessionId);
        var transferred = await chat.Desk.TransferAsync(chat.Agent("bea@example.com"), handedOver.SessionId, null, "ann@example.com");
        Assert.True(transferred.Accepted, transferred.Refusal);
        chat.Advance(TimeSpan.FromSeconds(5));
        await ChatScenario.EventuallyAsync(
            () => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "callIn" && ((ChatOffer)e.Payload).SessionId == handedOver.SessionId),
            "the transferred chat to ring Ann once her after-call work is over");
        await chat.AcceptAsync("ann@example.com", handedOver.SessionId);
        await chat.Desk.EndByAgentAsync(chat.Agent("ann@example.com"), handedOver.SessionId);
        var before = await chat.Desk.AgentSessionsAsync(chat.Agent("ann@example.com"));
        Assert.Equal([ended.SessionId, handedOver.SessionId], before.Select(s => s.SessionId));
        Assert.Empty(await chat.Desk.AgentSessionsAsync(chat.Agent("bea@example.com")));

        await DeactivateDeskAsync(chat);

        var after = await chat.Desk.AgentSessionsAsync(chat.Agent("ann@example.com"));
        Assert.Equal(before, after);
        Assert.All(after, s => Assert.Equal(ChatSessionState.Ended, s.State));
        Assert.Empty(await chat.Desk.AgentSessionsAsync(chat.Agent("bea@example.com")));

        var completed = await chat.Desk.CompleteAsync(chat.Agent("ann@example.com"), ended.SessionId);
        Assert.True(completed.Accepted, completed.Refusal);
        Assert.Equal("Cleo", completed.Session!.Nickname);
        await ChatScenario.EventuallyAsync(
            () => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "sessionCompleted" && (string)e.Payload == ended.SessionId),
            "sessionCompleted for the restored chat");
        Assert.False((await chat.Desk.CompleteAsync(chat.Agent("ann@example.com"), ended.SessionId)).Accepted);

        // The completion is stored too: the next restart brings back only what is still to complete.
        await DeactivateDeskAsync(chat);
        var left = Assert.Single(await chat.Desk.AgentSessionsAsync(chat.Agent("ann@example.com")));
        Assert.Equal(handedOver.SessionId, left.SessionId);
    }

    [Fact]
    public async Task Fewest_sessions_today_still_counts_the_morning_after_the_desk_is_rebuilt()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com", "bea@example.com");
        await using var _ = chat;
        await chat.Presence.Client.ModifySkillGroupRoutingAsync(new()
        {
            SdkAppId = chat.App, Routing = new() { SkillGroupId = group, RoutePolicy = "ROUTE_POLICY_FEWEST_SESSIONS_TODAY", AfterCallWorkSeconds = 0 },
        }, Cancellation);
        await chat.LogInAsync("ann@example.com");
        var morning = await chat.StartAsync("v-1", group);
        await chat.AcceptAsync("ann@example.com", morning.SessionId);
        await chat.Desk.EndByVisitorAsync(chat.Visitor("v-1"), morning.SessionId);
        await chat.Desk.CompleteAsync(chat.Agent("ann@example.com"), morning.SessionId);
        chat.Advance(TimeSpan.FromSeconds(1));
        await chat.LogInAsync("bea@example.com");

        // A rebuilt desk sees both agents become free at the same moment; only the count of the day tells them apart.
        await DeactivateDeskAsync(chat);
        var next = await chat.StartAsync("v-2", group);

        await ChatScenario.EventuallyAsync(
            () => chat.Notifiers.EventsOf("bea@example.com").Any(e => e.Event == "callIn" && ((ChatOffer)e.Payload).SessionId == next.SessionId),
            "the chat to ring Bea, who has served nobody today");
    }

    private static async Task DeactivateDeskAsync(ChatScenario chat)
    {
        var grains = chat.Presence.Host.Services.GetRequiredService<IGrainFactory>();
        var management = grains.GetGrain<IManagementGrain>(0);
        var desk = (await management.GetDetailedGrainStatistics(null, null))
            .Single(s => s.GrainType.Contains("ChatDeskGrain", StringComparison.Ordinal)).GrainId;
        await grains.GetGrain(desk).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await PresenceScenario.EventuallyAsync(async () =>
            !(await management.GetSimpleGrainStatistics(Cancellation)).Any(s => s.GrainType.Contains("ChatDeskGrain", StringComparison.Ordinal) && s.ActivationCount > 0),
            "the desk to be deactivated");
    }
}
