using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>Maximum wait: overflow into another group or end with a status, on time.</summary>
public sealed class OverflowTests
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Millisecond = TimeSpan.FromMilliseconds(1);

    /// <summary>Group 1 overflows into group 2 (or ends); "busy" in group 1 is logged in but notReady.</summary>
    private static RoutingHarness Routing(long? overflowTo = 2, long? group2OverflowTo = null)
    {
        var routing = new RoutingHarness();
        routing.Group(1, with: g => g with { MaxWait = MaxWait, OverflowSkillGroupId = overflowTo });
        routing.Group(2, with: g => g with { MaxWait = MaxWait, OverflowSkillGroupId = group2OverflowTo, EndWhenNoAgentOnline = false });
        routing.Agent("busy", [1], available: false);
        routing.Do(e => e.SetAvailability("busy", AgentAvailability.Unavailable));
        return routing;
    }

    [Fact]
    public void A_session_overflows_exactly_at_the_maximum_wait()
    {
        var routing = Routing();
        routing.Enqueue("s", 1);

        Assert.Empty(routing.Advance(MaxWait - Millisecond));
        var outcomes = routing.Advance(Millisecond);

        Assert.Equal(new SessionOverflowed("s", 1, 2), outcomes[0]);
        Assert.Equal(2, routing.Engine.GetSession("s")!.SkillGroupId);
        Assert.Contains(new QueuePositionChanged("s", 2, 1), outcomes);
    }

    [Fact]
    public void An_overflowed_session_keeps_its_priority_and_takes_its_place_by_original_arrival()
    {
        var routing = Routing();
        routing.Enqueue("s", 1, priority: 1);
        routing.Advance(TimeSpan.FromSeconds(10));
        routing.Enqueue("later-same-priority", 2, priority: 1);
        routing.Enqueue("later-higher-priority", 2, priority: 2);
        routing.Enqueue("later-lower-priority", 2, priority: 0);

        routing.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(["later-higher-priority", "s", "later-same-priority", "later-lower-priority"], routing.Engine.GetQueue(2));
        Assert.Equal(RoutingHarness.Start, routing.Engine.GetSession("s")!.EnqueuedAt);
    }

    [Fact]
    public void Without_an_overflow_group_the_session_ends_with_queue_timeout()
    {
        var routing = Routing(overflowTo: null);
        routing.Enqueue("s", 1);

        var outcomes = routing.Advance(MaxWait);

        Assert.Equal([new SessionEnded("s", 1, RoutingEndStatus.QueueTimeout, null)], outcomes);
        Assert.Null(routing.Engine.GetSession("s"));
    }

    [Fact]
    public void A_session_agents_were_rung_for_ends_with_no_agent_answered()
    {
        var routing = Routing(overflowTo: null);
        routing.Agent("decliner", [1]);
        routing.Enqueue("s", 1);
        routing.Do(e => e.Decline("s", "decliner"));

        var outcomes = routing.Advance(MaxWait);

        Assert.Equal(new SessionEnded("s", 1, RoutingEndStatus.NoAgentAnswered, null), outcomes.OfType<SessionEnded>().Single());
    }

    [Fact]
    public void The_wait_in_the_overflow_group_counts_from_arrival_there_and_a_group_is_not_entered_twice()
    {
        var routing = Routing(overflowTo: 2, group2OverflowTo: 1);
        routing.Enqueue("s", 1);
        routing.Advance(MaxWait);
        Assert.Empty(routing.Advance(MaxWait - Millisecond));

        var outcomes = routing.Advance(Millisecond);

        Assert.Equal([new SessionEnded("s", 2, RoutingEndStatus.QueueTimeout, null)], outcomes);
    }

    [Fact]
    public void A_session_ringing_at_its_maximum_wait_stays_with_the_agent_who_answers()
    {
        var routing = Routing(overflowTo: null);
        routing.Group(1, with: g => g with { MaxWait = MaxWait, RingTimeout = TimeSpan.FromSeconds(20) });
        routing.Enqueue("s", 1);
        routing.Advance(TimeSpan.FromSeconds(20));
        routing.Agent("late", [1]);

        routing.Advance(TimeSpan.FromSeconds(15));
        routing.Do(e => e.Accept("s", "late"));

        Assert.Equal(RoutingSessionState.Assigned, routing.StateOf("s"));
    }

    [Fact]
    public void A_session_ringing_at_its_maximum_wait_moves_on_as_soon_as_the_agent_declines()
    {
        var routing = Routing();
        routing.Enqueue("s", 1);
        routing.Advance(TimeSpan.FromSeconds(20));
        routing.Agent("late", [1]);
        routing.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(RoutingSessionState.Offered, routing.StateOf("s"));

        var outcomes = routing.Do(e => e.Decline("s", "late"));

        Assert.Equal([new OfferDeclined("s", "late", 1), new SessionOverflowed("s", 1, 2), new QueuePositionChanged("s", 2, 1)], outcomes);
    }

    [Fact]
    public void A_session_arriving_when_no_member_is_logged_in_ends_with_no_agent_online()
    {
        var routing = new RoutingHarness();
        routing.Group(1);
        routing.Agent("away", [1], available: false);

        var outcomes = routing.Enqueue("s", 1);

        Assert.Equal([new SessionEnded("s", 1, RoutingEndStatus.NoAgentOnline, null)], outcomes);
        Assert.Equal(0, routing.Engine.SessionCount);
    }

    [Fact]
    public void A_not_ready_member_counts_as_online_so_the_session_waits()
    {
        var routing = Routing();

        routing.Enqueue("s", 1);

        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("s"));
    }
}
