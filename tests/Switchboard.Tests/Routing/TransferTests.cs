using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>Transfer of an assigned session to a group or one agent, and restoring assignments after a restart.</summary>
public sealed class TransferTests
{
    private static RoutingHarness ThreeAgents()
    {
        var routing = new RoutingHarness();
        routing.Group(1, with: g => g with { RingTimeout = TimeSpan.FromSeconds(10), AfterCallWork = TimeSpan.FromSeconds(30) });
        routing.Group(2, with: g => g with { RingTimeout = TimeSpan.FromSeconds(10) });
        routing.Agent("ann", [1]);
        routing.Clock.Advance(TimeSpan.FromSeconds(1));
        routing.Agent("bea", [1, 2]);
        routing.Clock.Advance(TimeSpan.FromSeconds(1));
        routing.Agent("cid", [1, 2]);
        return routing;
    }

    [Fact]
    public void A_transfer_to_a_group_rings_its_longest_idle_member_and_frees_the_agent_without_after_call_work()
    {
        var routing = ThreeAgents();
        routing.Enqueue("s", 1);
        routing.Do(e => e.Accept("s", "ann"));

        var outcomes = routing.Do(e => e.Transfer("s", 2));

        Assert.Equal("bea", Assert.Single(outcomes.OfType<SessionOffered>()).AgentId);
        Assert.Empty(outcomes.OfType<AfterCallWorkStarted>());
        Assert.Equal(0, routing.Engine.GetAgent("ann")!.ChatLoad);
        Assert.Null(routing.Engine.GetAgent("ann")!.AfterCallWorkUntil);
    }

    [Fact]
    public void A_transfer_to_one_agent_rings_only_them_and_falls_back_to_the_group_when_they_let_it_ring_out()
    {
        var routing = ThreeAgents();
        routing.Enqueue("s", 1);
        routing.Do(e => e.Accept("s", "ann"));

        var outcomes = routing.Do(e => e.Transfer("s", 1, targetAgentId: "cid"));
        Assert.Equal("cid", Assert.Single(outcomes.OfType<SessionOffered>()).AgentId);

        var later = routing.Advance(TimeSpan.FromSeconds(10));
        Assert.Contains(new OfferExpired("s", "cid", 1, true), later);
        // Ann is idle longest now (she was freed by the transfer after Bea and Cid logged in, so Bea goes first).
        Assert.Equal("bea", Assert.Single(later.OfType<SessionOffered>()).AgentId);
    }

    [Fact]
    public void A_transfer_waits_for_a_busy_target_without_blocking_the_sessions_behind_it_then_rings_them()
    {
        var routing = ThreeAgents();
        routing.Enqueue("s", 1);
        routing.Do(e => e.Accept("s", "ann"));
        routing.Enqueue("busy-cid", 1);
        routing.Do(e => e.Accept("busy-cid", "bea"));
        routing.Enqueue("keep-cid-busy", 2);
        routing.Do(e => e.Accept("keep-cid-busy", "cid"));

        var outcomes = routing.Do(e => e.Transfer("s", 1, targetAgentId: "cid"));
        Assert.Empty(outcomes.OfType<SessionOffered>());
        var behind = routing.Enqueue("next", 1);
        Assert.Equal("ann", Assert.Single(behind.OfType<SessionOffered>()).AgentId);

        var freed = routing.Do(e => e.End("keep-cid-busy"));
        Assert.Contains(freed, o => o is SessionOffered { SessionId: "s", AgentId: "cid" });
    }

    [Fact]
    public void Transfers_are_refused_for_sessions_not_assigned_unknown_groups_and_non_members()
    {
        var routing = ThreeAgents();
        routing.Enqueue("s", 1);

        Assert.False(routing.Engine.Transfer("s", 2).Accepted);
        routing.Do(e => e.Accept("s", "ann"));
        Assert.False(routing.Engine.Transfer("s", 99).Accepted);
        Assert.False(routing.Engine.Transfer("s", 2, targetAgentId: "ann").Accepted);
        Assert.False(routing.Engine.Transfer("missing", 2).Accepted);
        Assert.Equal(RoutingSessionState.Assigned, routing.StateOf("s"));
    }

    [Fact]
    public void A_restored_assignment_counts_against_the_agents_capacity()
    {
        var routing = new RoutingHarness();
        routing.Group(1);
        routing.Agent("ann", [1]);

        Assert.True(routing.Engine.RestoreAssigned(new SessionRequest("old", 1, "visitor"), "ann").Accepted);
        var outcomes = routing.Enqueue("new", 1);

        Assert.Empty(outcomes.OfType<SessionOffered>());
        var ended = routing.Do(e => e.End("old"));
        Assert.Contains(new SessionEnded("old", 1, RoutingEndStatus.Completed, "ann"), ended);
        Assert.Equal("ann", Assert.Single(ended.OfType<SessionOffered>()).AgentId);
        Assert.False(routing.Engine.RestoreAssigned(new SessionRequest("x", 1, "visitor"), "nobody").Accepted);
    }
}
