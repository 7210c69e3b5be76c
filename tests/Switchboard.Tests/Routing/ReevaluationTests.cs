using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>Every change that lets a waiting session meet an agent offers it in the same call.</summary>
public sealed class ReevaluationTests
{
    public static TheoryData<string> Changes => new()
    {
        "agent becomes available",
        "agent joins the group",
        "agent's capacity grows",
        "group's concurrency grows",
        "agent's session ends",
        "agent's after-call work ends",
        "agent's ringing session is declined elsewhere",
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_waiting_chat_is_offered_in_the_same_call_as_the_change_that_frees_an_agent(string change)
    {
        var routing = new RoutingHarness();
        routing.Group(1, with: g => g with { MaxConcurrency = 1, AfterCallWork = TimeSpan.FromMinutes(1), EndWhenNoAgentOnline = false });
        routing.Group(2, with: g => g with { MaxConcurrency = 1 });
        routing.Agent("a", [1], new AgentCapacity(Chat: 1));
        routing.Enqueue("busy", 1);
        routing.Do(e => e.Accept("busy", "a"));
        Func<RoutingEngine, RoutingResult> act = change switch
        {
            "agent becomes available" => Prepare(routing, e => e.SetAvailability("a", AgentAvailability.Unavailable), e => e.End("busy"), e => e.EndAfterCallWork("a"))
                ?? (e => e.SetAvailability("a", AgentAvailability.Available)),
            "agent joins the group" => Prepare(routing, e => e.LeaveSkillGroup("a", 1), e => e.End("busy"), e => e.EndAfterCallWork("a"))
                ?? (e => e.JoinSkillGroup("a", 1)),
            "agent's capacity grows" => Prepare(routing, e => e.ConfigureSkillGroup(new SkillGroupSettings(1, RoutingChannel.Chat) { MaxConcurrency = 2 }))
                ?? (e => e.SetAgent("a", new AgentCapacity(Chat: 2))),
            "group's concurrency grows" => Prepare(routing, e => e.SetAgent("a", new AgentCapacity(Chat: 2)))
                ?? (e => e.ConfigureSkillGroup(new SkillGroupSettings(1, RoutingChannel.Chat) { MaxConcurrency = 2 })),
            "agent's session ends" => Prepare(routing, e => e.ConfigureSkillGroup(new SkillGroupSettings(1, RoutingChannel.Chat)))
                ?? (e => e.End("busy")),
            "agent's after-call work ends" => Prepare(routing, e => e.End("busy"))
                ?? (e => e.EndAfterCallWork("a")),
            _ => Prepare(routing, e => e.End("busy"), e => e.EndAfterCallWork("a"), e => e.JoinSkillGroup("a", 2), e => e.Enqueue(new SessionRequest("elsewhere", 2, "c")))
                ?? (e => e.Decline("elsewhere", "a")),
        };
        routing.Enqueue("waiting", 1);
        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("waiting"));

        var outcomes = routing.Do(act);

        Assert.Contains(new SessionOffered("waiting", "a", 1, routing.Clock.GetUtcNow() + new SkillGroupSettings(1, RoutingChannel.Chat).RingTimeout), outcomes);
    }

    [Fact]
    public void A_new_session_is_offered_on_arrival_when_an_agent_is_free()
    {
        var routing = new RoutingHarness();
        routing.Group(1);
        routing.Agent("a", [1]);

        var outcomes = routing.Enqueue("s", 1);

        Assert.IsType<SessionOffered>(Assert.Single(outcomes));
    }

    [Theory]
    [InlineData(0, "first")]
    [InlineData(3, "urgent")]
    public void An_agent_free_in_two_groups_serves_the_most_urgent_then_longest_waiting_session(int urgentPriority, string expected)
    {
        var routing = new RoutingHarness();
        routing.Group(1);
        routing.Group(2);
        routing.Agent("a", [1, 2], available: false);
        routing.Do(e => e.SetAvailability("a", AgentAvailability.Unavailable));
        routing.Enqueue("first", 1);
        routing.Enqueue("second", 2);
        routing.Enqueue("urgent", 2, priority: urgentPriority);

        routing.Do(e => e.SetAvailability("a", AgentAvailability.Available));

        Assert.Equal("a", routing.OfferedTo(expected));
    }

    /// <summary>Applies the set-up calls and returns null, so a switch arm can set up then name the change.</summary>
    private static Func<RoutingEngine, RoutingResult>? Prepare(RoutingHarness routing, params Func<RoutingEngine, RoutingResult>[] setUp)
    {
        foreach (var step in setUp) routing.Do(step);
        return null;
    }
}
