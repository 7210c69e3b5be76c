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
