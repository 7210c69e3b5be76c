using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>
/// Which agent each strategy picks. Each row sets up agents as "id priority sessionsToday idleRank" (idle rank 1
/// became free first, so has been idle longest) and names the agent that must be offered the next session.
/// </summary>
public sealed class StrategyTests
{
    private const long Queue = 1;
    private const long WarmUp = 99;

    public static TheoryData<RoutingStrategy, string, string> Rows => new()
    {
        // Longest idle ignores priority and history.
        { RoutingStrategy.LongestIdle, "a 5 9 1; b 1 0 2; c 1 0 3", "a" },
        { RoutingStrategy.LongestIdle, "a 1 0 3; b 1 0 2; c 1 0 1", "c" },
        // Fewest sessions today, then longest idle.
        { RoutingStrategy.FewestSessionsToday, "a 3 3 1; b 3 1 3; c 3 2 2", "b" },
        { RoutingStrategy.FewestSessionsToday, "a 3 1 2; b 3 1 1; c 3 0 3", "c" },
        { RoutingStrategy.FewestSessionsToday, "a 3 2 2; b 3 2 1; c 3 4 3", "b" },
        // Membership priority (1 highest), then longest idle.
        { RoutingStrategy.AgentPriority, "a 3 0 1; b 1 0 3; c 2 0 2", "b" },
        { RoutingStrategy.AgentPriority, "a 2 0 2; b 2 0 1; c 4 0 3", "b" },
        { RoutingStrategy.AgentPriority, "a 5 0 1; b 5 0 2; c 4 9 3", "c" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Strategy_offers_the_agent_it_ranks_first(RoutingStrategy strategy, string agents, string expected)
    {
        var routing = new RoutingHarness();
        routing.Group(Queue, RoutingChannel.Phone, g => g with { Strategy = strategy });
        routing.Group(WarmUp, RoutingChannel.Phone, g => g with { AutoAccept = true });
        var rows = agents.Split(';', StringSplitOptions.TrimEntries).Select(row => row.Split(' ')).ToArray();
        foreach (var row in rows)
        {
            routing.Agent(row[0], []);
            GiveSessions(routing, row[0], int.Parse(row[2]));
            routing.Do(e => e.SetAvailability(row[0], AgentAvailability.Unavailable));
        }
        foreach (var row in rows.OrderBy(row => int.Parse(row[3])))
        {
            routing.Clock.Advance(TimeSpan.FromSeconds(1));
            routing.Do(e => e.SetAvailability(row[0], AgentAvailability.Available));
            routing.Do(e => e.JoinSkillGroup(row[0], Queue, int.Parse(row[1])));
        }

        routing.Enqueue("next", Queue);

        Assert.Equal(expected, routing.OfferedTo("next"));
    }

    [Fact]
    public void Longest_idle_prefers_the_less_loaded_chat_agent_over_the_one_idle_longer()
    {
        var routing = new RoutingHarness();
        routing.Group(Queue, with: g => g with { MaxConcurrency = 3, AutoAccept = true });
        routing.Agent("a", [Queue], new AgentCapacity(Chat: 3));
        routing.Clock.Advance(TimeSpan.FromSeconds(1));
        routing.Agent("b", [Queue], new AgentCapacity(Chat: 3));

        routing.Enqueue("first", Queue);
        routing.Enqueue("second", Queue);

        Assert.Equal("a", routing.OfferedTo("first"));
        Assert.Equal("b", routing.OfferedTo("second"));
    }

    [Fact]
    public void Sessions_today_count_assignments_and_start_over_on_a_new_day()
    {
        var routing = new RoutingHarness();
        routing.Group(WarmUp, RoutingChannel.Phone, g => g with { AutoAccept = true });
        routing.Agent("a", []);
        GiveSessions(routing, "a", 2);
        Assert.Equal(2, routing.Engine.GetAgent("a")!.SessionsToday);

        routing.Do(e => e.StartNewDay());

        Assert.Equal(0, routing.Engine.GetAgent("a")!.SessionsToday);
    }

    [Fact]
    public void Sessions_today_set_by_the_host_after_a_restart_rank_agents_and_keep_counting()
    {
        var routing = new RoutingHarness();
        routing.Group(Queue, RoutingChannel.Phone, g => g with { Strategy = RoutingStrategy.FewestSessionsToday, AutoAccept = true });
        routing.Agent("a", [Queue]);
        routing.Clock.Advance(TimeSpan.FromSeconds(1));
        routing.Agent("b", [Queue]);

        routing.Do(e => e.SetSessionsToday("a", 4));
        routing.Do(e => e.SetSessionsToday("b", 2));
        routing.Enqueue("next", Queue);

        // Without the counts a would have it: idle longer, and both at zero.
        Assert.Equal("b", routing.OfferedTo("next"));
        Assert.Equal(3, routing.Engine.GetAgent("b")!.SessionsToday);
        Assert.False(routing.Engine.SetSessionsToday("a", -1).Accepted);
        Assert.False(routing.Engine.SetSessionsToday("nobody", 1).Accepted);
        Assert.Equal(4, routing.Engine.GetAgent("a")!.SessionsToday);
    }

    /// <summary>Runs <paramref name="count"/> auto-accepted sessions through the warm-up group served by the agent alone.</summary>
    private static void GiveSessions(RoutingHarness routing, string agent, int count)
    {
        routing.Do(e => e.JoinSkillGroup(agent, WarmUp));
        for (var i = 0; i < count; i++)
        {
            var session = $"{agent}-warm-{i}";
            routing.Enqueue(session, WarmUp);
            Assert.Equal(RoutingSessionState.Assigned, routing.StateOf(session));
            routing.Do(e => e.End(session));
        }
        routing.Do(e => e.LeaveSkillGroup(agent, WarmUp));
    }
}
