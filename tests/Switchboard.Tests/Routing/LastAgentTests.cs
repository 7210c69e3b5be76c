using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>"Prefer the agent who served this customer last", falling back to the group's strategy.</summary>
public sealed class LastAgentTests
{
    private static RoutingHarness Routing(TimeSpan wait)
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Phone, g => g with { PreferLastAgent = true, LastAgentWait = wait });
        routing.Agent("idle-longest", [1]);
        routing.Clock.Advance(TimeSpan.FromSeconds(1));
        routing.Agent("last", [1]);
        return routing;
    }

    [Fact]
    public void The_last_agent_gets_the_customer_when_free_even_if_others_were_idle_longer()
    {
        var routing = Routing(TimeSpan.Zero);

        routing.Enqueue("s", 1, lastAgent: "last");

        Assert.Equal("last", routing.OfferedTo("s"));
    }

    [Fact]
    public void Without_a_wait_a_busy_last_agent_falls_back_to_the_strategy_at_once()
    {
        var routing = Routing(TimeSpan.Zero);
        routing.Enqueue("busy-maker", 1, lastAgent: "last");

        routing.Enqueue("s", 1, lastAgent: "last");

        Assert.Equal("idle-longest", routing.OfferedTo("s"));
    }

    [Fact]
    public void With_a_wait_the_session_holds_for_the_last_agent_then_falls_back_exactly_when_it_ends()
    {
        var routing = Routing(TimeSpan.FromSeconds(10));
        routing.Enqueue("busy-maker", 1, lastAgent: "last");
        routing.Do(e => e.Accept("busy-maker", "last"));

        routing.Enqueue("s", 1, lastAgent: "last");
        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("s"));
        routing.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("s"));

        routing.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal("idle-longest", routing.OfferedTo("s"));
    }

    [Fact]
    public void A_held_session_goes_to_its_last_agent_as_soon_as_they_are_free()
    {
        var routing = Routing(TimeSpan.FromSeconds(10));
        routing.Enqueue("busy-maker", 1, lastAgent: "last");
        routing.Do(e => e.Accept("busy-maker", "last"));
        routing.Enqueue("s", 1, lastAgent: "last");
        routing.Advance(TimeSpan.FromSeconds(4));

        routing.Do(e => e.End("busy-maker"));

        Assert.Equal("last", routing.OfferedTo("s"));
    }

    [Fact]
    public void A_held_session_stops_holding_when_its_last_agent_leaves_the_group()
    {
        var routing = Routing(TimeSpan.FromSeconds(10));
        routing.Enqueue("busy-maker", 1, lastAgent: "last");
        routing.Do(e => e.Accept("busy-maker", "last"));
        routing.Enqueue("s", 1, lastAgent: "last");
        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("s"));

        routing.Do(e => e.LeaveSkillGroup("last", 1));

        Assert.Equal("idle-longest", routing.OfferedTo("s"));
    }

    [Fact]
    public void A_held_session_stops_holding_when_its_last_agent_logs_out()
    {
        var routing = Routing(TimeSpan.FromSeconds(10));
        routing.Enqueue("busy-maker", 1, lastAgent: "last");
        routing.Do(e => e.Accept("busy-maker", "last"));
        routing.Enqueue("s", 1, lastAgent: "last");

        routing.Do(e => e.SetAvailability("last", AgentAvailability.Offline));

        Assert.Equal("idle-longest", routing.OfferedTo("s"));
    }

    [Fact]
    public void A_logged_out_last_agent_is_not_waited_for()
    {
        var routing = Routing(TimeSpan.FromSeconds(10));
        routing.Do(e => e.SetAvailability("last", AgentAvailability.Offline));

        routing.Enqueue("s", 1, lastAgent: "last");

        Assert.Equal("idle-longest", routing.OfferedTo("s"));
    }

    [Fact]
    public void A_last_agent_who_let_the_offer_ring_out_is_not_preferred_again()
    {
        var routing = Routing(TimeSpan.FromSeconds(60));
        routing.Enqueue("s", 1, lastAgent: "last");
        Assert.Equal("last", routing.OfferedTo("s"));

        routing.Advance(new SkillGroupSettings(1, RoutingChannel.Phone).RingTimeout);

        Assert.Equal("idle-longest", routing.OfferedTo("s"));
    }
}
