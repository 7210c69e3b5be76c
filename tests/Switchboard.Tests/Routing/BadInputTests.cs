using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>Calls that make no sense are refused with a reason and change nothing.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string> Calls => new()
    {
        "unknown session accept", "unknown session end", "accept by another agent", "decline by another agent",
        "duplicate session", "session without id", "unknown group enqueue", "unknown agent availability",
        "unknown group join", "membership priority 0", "membership priority 6", "leave a group not joined",
        "after-call work not running", "negative capacity", "agent without id", "zero max concurrency",
        "phone group with concurrency 2", "zero ring timeout", "negative max wait", "overflow into itself",
        "undefined channel", "channel change with sessions", "undefined availability",
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_bad_call_is_refused_with_a_reason_and_changes_nothing(string call)
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Phone);
        routing.Agent("a", [1]);
        routing.Agent("b", [], available: true);
        routing.Enqueue("s", 1);
        var before = Snapshot(routing.Engine);

        var result = call switch
        {
            "unknown session accept" => routing.Engine.Accept("nope", "a"),
            "unknown session end" => routing.Engine.End("nope"),
            "accept by another agent" => routing.Engine.Accept("s", "b"),
            "decline by another agent" => routing.Engine.Decline("s", "b"),
            "duplicate session" => routing.Engine.Enqueue(new SessionRequest("s", 1, "c")),
            "session without id" => routing.Engine.Enqueue(new SessionRequest("", 1, "c")),
            "unknown group enqueue" => routing.Engine.Enqueue(new SessionRequest("t", 9, "c")),
            "unknown agent availability" => routing.Engine.SetAvailability("nobody", AgentAvailability.Available),
            "unknown group join" => routing.Engine.JoinSkillGroup("a", 9),
            "membership priority 0" => routing.Engine.JoinSkillGroup("b", 1, 0),
            "membership priority 6" => routing.Engine.JoinSkillGroup("b", 1, 6),
            "leave a group not joined" => routing.Engine.LeaveSkillGroup("b", 1),
            "after-call work not running" => routing.Engine.EndAfterCallWork("a"),
            "negative capacity" => routing.Engine.SetAgent("a", new AgentCapacity(-1, 1)),
            "agent without id" => routing.Engine.SetAgent("", AgentCapacity.Default),
            "zero max concurrency" => routing.Engine.ConfigureSkillGroup(new SkillGroupSettings(1, RoutingChannel.Phone) { MaxConcurrency = 0 }),
            "phone group with concurrency 2" => routing.Engine.ConfigureSkillGroup(new SkillGroupSettings(1, RoutingChannel.Phone) { MaxConcurrency = 2 }),
            "zero ring timeout" => routing.Engine.ConfigureSkillGroup(new SkillGroupSettings(1, RoutingChannel.Phone) { RingTimeout = TimeSpan.Zero }),
            "negative max wait" => routing.Engine.ConfigureSkillGroup(new SkillGroupSettings(1, RoutingChannel.Phone) { MaxWait = TimeSpan.FromSeconds(-1) }),
            "overflow into itself" => routing.Engine.ConfigureSkillGroup(new SkillGroupSettings(1, RoutingChannel.Phone) { OverflowSkillGroupId = 1 }),
            "undefined channel" => routing.Engine.ConfigureSkillGroup(new SkillGroupSettings(2, (RoutingChannel)2)),
            "channel change with sessions" => routing.Engine.ConfigureSkillGroup(new SkillGroupSettings(1, RoutingChannel.Chat)),
            _ => routing.Engine.SetAvailability("a", (AgentAvailability)7),
        };

        Assert.False(result.Accepted);
        Assert.False(string.IsNullOrWhiteSpace(result.Refusal));
        Assert.Empty(result.Outcomes);
        Assert.Equal(before, Snapshot(routing.Engine));
    }

    private static string Snapshot(RoutingEngine engine) =>
        string.Join("|", engine.GetSession("s"), engine.GetAgent("a"), engine.GetAgent("b"), string.Join(",", engine.GetQueue(1)), engine.NextDueAt(), engine.SessionCount);
}
