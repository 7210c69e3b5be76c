using Switchboard.Chat;

namespace Switchboard.IntegrationTests.Chat.Desk;

/// <summary>What a workstation tab that opens while a chat rings is told of the offer's deadline.</summary>
public sealed class ChatDeskRingDeadlineTests
{
    [Fact]
    public async Task A_ringing_chat_in_the_agents_sessions_tells_when_the_offer_rings_out()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");
        // Not the clock's starting point, so the deadline is seen to follow the clock.
        chat.Advance(TimeSpan.FromSeconds(2));
        var offeredAt = chat.Clock.GetUtcNow();

        var session = await chat.StartAsync("v-1", group);
        await chat.RingsAsync("ann@example.com", session.SessionId, "Ann to be rung");
        var first = (ChatOffer)chat.Notifiers.EventsOf("ann@example.com").First(e => e.Event == "callIn").Payload;

        var ringing = Assert.Single(await chat.Desk.AgentSessionsAsync(chat.Agent("ann@example.com")));
        Assert.Equal(ChatSessionState.Ringing, ringing.State);
        Assert.Equal(offeredAt.AddSeconds(10).ToUnixTimeMilliseconds(), ringing.RingUntilMs);
        Assert.Equal(first.Timeout, ringing.RingSecondsLeft);

        chat.Advance(TimeSpan.FromSeconds(4));
        var later = Assert.Single(await chat.Desk.AgentSessionsAsync(chat.Agent("ann@example.com")));
        Assert.Equal(ringing.RingUntilMs, later.RingUntilMs);
        Assert.Equal(6, later.RingSecondsLeft);
        // The deadline is the rung agent's: the visitor's view of the same moment carries none.
        var visitors = await chat.Desk.FindOpenAsync(chat.Visitor("v-1"));
        Assert.Equal(ChatSessionState.Ringing, visitors!.State);
        Assert.Null(visitors.RingUntilMs);
        Assert.Null(visitors.RingSecondsLeft);

        chat.Advance(TimeSpan.FromSeconds(6));
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "autoTransfer"), "the offer to ring out");
        Assert.DoesNotContain(await chat.Desk.AgentSessionsAsync(chat.Agent("ann@example.com")), s => s.SessionId == session.SessionId);
    }

    [Fact]
    public async Task A_chat_accepted_from_its_reread_view_is_served_and_carries_no_deadline()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");
        var session = await chat.StartAsync("v-1", group);
        await chat.RingsAsync("ann@example.com", session.SessionId, "Ann to be rung");
        chat.Advance(TimeSpan.FromSeconds(7));

        var ringing = Assert.Single(await chat.Desk.AgentSessionsAsync(chat.Agent("ann@example.com")));
        Assert.Equal(3, ringing.RingSecondsLeft);
        var accepted = await chat.AcceptAsync("ann@example.com", ringing.SessionId);

        Assert.Equal(ChatSessionState.Serving, accepted.State);
        var served = Assert.Single(await chat.Desk.AgentSessionsAsync(chat.Agent("ann@example.com")));
        Assert.Equal(session.SessionId, served.SessionId);
        Assert.Null(served.RingUntilMs);
        Assert.Null(served.RingSecondsLeft);
    }
}
