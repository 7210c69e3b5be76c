using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>After-call work (arrange): no offers for the group's duration, then free again.</summary>
public sealed class AfterCallWorkTests
{
    private static readonly TimeSpan Wrap = TimeSpan.FromSeconds(30);

    private static RoutingHarness Routing(TimeSpan afterCallWork)
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Phone, g => g with { AfterCallWork = afterCallWork, AutoAccept = true });
        routing.Agent("a", [1]);
        routing.Enqueue("s1", 1);
        routing.Enqueue("s2", 1);
        return routing;
    }

    [Fact]
    public void After_a_session_the_agent_wraps_up_for_the_groups_duration_then_takes_the_next_session()
    {
        var routing = Routing(Wrap);

        var ended = routing.Do(e => e.End("s1"));
        Assert.Equal([new SessionEnded("s1", 1, RoutingEndStatus.Completed, "a"), new AfterCallWorkStarted("a", routing.Clock.GetUtcNow() + Wrap)], ended);
        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("s2"));
        Assert.Empty(routing.Advance(Wrap - TimeSpan.FromMilliseconds(1)));

        var outcomes = routing.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(new AfterCallWorkEnded("a"), outcomes[0]);
        Assert.Equal(new SessionAssigned("s2", "a", 1, AutoAccepted: true), outcomes[1]);
        Assert.Equal(routing.Clock.GetUtcNow(), routing.Engine.GetAgent("a")!.LastIdleAt);
    }

    [Fact]
    public void An_agent_may_end_after_call_work_early()
    {
        var routing = Routing(Wrap);
        routing.Do(e => e.End("s1"));
        routing.Advance(TimeSpan.FromSeconds(5));

        var outcomes = routing.Do(e => e.EndAfterCallWork("a"));

        Assert.Equal([new AfterCallWorkEnded("a"), new SessionAssigned("s2", "a", 1, AutoAccepted: true)], outcomes);
        Assert.Empty(routing.Advance(Wrap));
    }

    [Fact]
    public void Without_after_call_work_the_agent_is_free_at_once()
    {
        var routing = Routing(TimeSpan.Zero);

        var outcomes = routing.Do(e => e.End("s1"));

        Assert.Equal([new SessionEnded("s1", 1, RoutingEndStatus.Completed, "a"), new SessionAssigned("s2", "a", 1, AutoAccepted: true)], outcomes);
    }

    [Fact]
    public void A_customer_who_leaves_before_being_served_causes_no_after_call_work()
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Phone, g => g with { AfterCallWork = Wrap });
        routing.Agent("a", [1]);
        routing.Enqueue("s1", 1);
        routing.Enqueue("s2", 1);

        var outcomes = routing.Do(e => e.End("s1"));

        Assert.DoesNotContain(outcomes, o => o is AfterCallWorkStarted);
        Assert.Equal("a", routing.OfferedTo("s2"));
    }
}
