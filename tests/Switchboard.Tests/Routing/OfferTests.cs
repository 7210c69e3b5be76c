using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>Offers: ringing, accept, decline, ring timeout passing to the next agent (autoTransfer), auto-accept.</summary>
public sealed class OfferTests
{
    private static readonly TimeSpan Ring = TimeSpan.FromSeconds(15);

    private static RoutingHarness TwoAgents(bool notReadyOnNoAnswer = true, bool autoAccept = false)
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Phone, g => g with { RingTimeout = Ring, NotReadyOnNoAnswer = notReadyOnNoAnswer, AutoAccept = autoAccept });
        routing.Agent("first", [1]);
        routing.Clock.Advance(TimeSpan.FromSeconds(1));
        routing.Agent("second", [1]);
        return routing;
    }

    [Fact]
    public void An_offer_rings_the_chosen_agent_until_the_ring_timeout()
    {
        var routing = TwoAgents();

        var outcomes = routing.Enqueue("s", 1);

        Assert.Equal(new SessionOffered("s", "first", 1, routing.Clock.GetUtcNow() + Ring), Assert.Single(outcomes.OfType<SessionOffered>()));
        Assert.Equal(routing.Clock.GetUtcNow() + Ring, routing.Engine.NextDueAt());
    }

    [Fact]
    public void Accepting_assigns_the_session_and_stops_the_ring_clock()
    {
        var routing = TwoAgents();
        routing.Enqueue("s", 1);

        var outcomes = routing.Do(e => e.Accept("s", "first"));
        var later = routing.Advance(Ring * 2);

        Assert.Equal([new SessionAssigned("s", "first", 1, AutoAccepted: false)], outcomes);
        Assert.Empty(later);
        Assert.Equal(RoutingSessionState.Assigned, routing.StateOf("s"));
        Assert.Equal(1, routing.Engine.GetAgent("first")!.SessionsToday);
    }

    [Fact]
    public void A_ring_timeout_passes_the_session_to_the_next_agent_on_time_and_sets_the_silent_one_not_ready()
    {
        var routing = TwoAgents();
        routing.Enqueue("s", 1);

        Assert.Empty(routing.Advance(Ring - TimeSpan.FromMilliseconds(1)));
        var outcomes = routing.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(new OfferExpired("s", "first", 1, SetNotReady: true), outcomes[0]);
        Assert.Equal(new SessionOffered("s", "second", 1, routing.Clock.GetUtcNow() + Ring), outcomes.OfType<SessionOffered>().Single());
        Assert.Equal(AgentAvailability.Unavailable, routing.Engine.GetAgent("first")!.Availability);
        Assert.Equal(0, routing.Engine.GetAgent("first")!.VoiceLoad);
    }

    [Fact]
    public void Without_not_ready_on_no_answer_the_silent_agent_stays_available_for_other_sessions_but_not_this_one()
    {
        var routing = TwoAgents(notReadyOnNoAnswer: false);
        routing.Enqueue("s", 1);
        routing.Advance(Ring);
        Assert.Equal("second", routing.OfferedTo("s"));
        Assert.Equal(AgentAvailability.Available, routing.Engine.GetAgent("first")!.Availability);

        routing.Enqueue("other", 1);
        Assert.Equal("first", routing.OfferedTo("other"));

        routing.Do(e => e.Decline("other", "first"));
        routing.Advance(Ring);
        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("s"));
        Assert.Single(routing.Log.OfType<SessionOffered>(), o => o is { SessionId: "s", AgentId: "first" });
    }

    [Fact]
    public void Declining_passes_the_session_on_at_once_without_not_ready()
    {
        var routing = TwoAgents();
        routing.Enqueue("s", 1);

        var outcomes = routing.Do(e => e.Decline("s", "first"));

        Assert.Equal(new OfferDeclined("s", "first", 1), outcomes[0]);
        Assert.Equal("second", routing.OfferedTo("s"));
        Assert.Equal(AgentAvailability.Available, routing.Engine.GetAgent("first")!.Availability);
        Assert.Equal(0, routing.Engine.GetAgent("first")!.VoiceLoad);
    }

    [Fact]
    public void An_accept_after_the_ring_timeout_is_refused_and_changes_nothing()
    {
        var routing = TwoAgents();
        routing.Enqueue("s", 1);
        routing.Advance(Ring);

        var late = routing.Engine.Accept("s", "first");

        Assert.False(late.Accepted);
        Assert.Empty(late.Outcomes);
        Assert.Equal("second", routing.Engine.GetSession("s")!.AgentId);
        Assert.Equal(RoutingSessionState.Offered, routing.StateOf("s"));
    }

    [Fact]
    public void Auto_accept_assigns_without_ringing()
    {
        var routing = TwoAgents(autoAccept: true);

        var outcomes = routing.Enqueue("s", 1);

        Assert.Equal([new SessionAssigned("s", "first", 1, AutoAccepted: true)], outcomes);
        Assert.Null(routing.Engine.NextDueAt());
    }

    [Fact]
    public void An_agent_going_not_ready_while_rung_has_the_offer_withdrawn_and_passed_on()
    {
        var routing = TwoAgents();
        routing.Enqueue("s", 1);

        var outcomes = routing.Do(e => e.SetAvailability("first", AgentAvailability.Unavailable));

        Assert.Equal(new OfferWithdrawn("s", "first", 1), outcomes[0]);
        Assert.Equal("second", routing.OfferedTo("s"));
    }

    [Fact]
    public void A_customer_hanging_up_while_rung_frees_the_agent_for_the_next_session()
    {
        var routing = TwoAgents();
        routing.Do(e => e.SetAvailability("second", AgentAvailability.Unavailable));
        routing.Enqueue("s", 1);
        routing.Enqueue("next", 1);

        var outcomes = routing.Do(e => e.End("s"));

        Assert.Equal(new SessionEnded("s", 1, RoutingEndStatus.CustomerLeftRinging, "first"), outcomes[0]);
        Assert.Equal("first", routing.OfferedTo("next"));
    }

    [Fact]
    public void Leaving_the_group_while_rung_withdraws_the_offer()
    {
        var routing = TwoAgents();
        routing.Enqueue("s", 1);

        var outcomes = routing.Do(e => e.LeaveSkillGroup("first", 1));

        Assert.Equal(new OfferWithdrawn("s", "first", 1), outcomes[0]);
        Assert.Equal("second", routing.OfferedTo("s"));
    }
}
