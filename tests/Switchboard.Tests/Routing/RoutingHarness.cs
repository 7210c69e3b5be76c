using Microsoft.Extensions.Time.Testing;
using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>An engine on a fake clock, with every outcome kept in order and shortcuts for the common set-ups.</summary>
internal sealed class RoutingHarness
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public RoutingHarness() => Engine = new RoutingEngine(Clock);

    public FakeTimeProvider Clock { get; } = new(Start);
    public RoutingEngine Engine { get; }
    public List<RoutingOutcome> Log { get; } = [];

    /// <summary>Applies an engine call, insisting it was accepted, and returns its outcomes.</summary>
    public IReadOnlyList<RoutingOutcome> Do(Func<RoutingEngine, RoutingResult> call)
    {
        var result = call(Engine);
        Assert.True(result.Accepted, result.Refusal);
        Log.AddRange(result.Outcomes);
        return result.Outcomes;
    }

    /// <summary>Moves the clock as a host would: it wakes at each due time on the way and ticks.</summary>
    public IReadOnlyList<RoutingOutcome> Advance(TimeSpan by)
    {
        var end = Clock.GetUtcNow() + by;
        var outcomes = new List<RoutingOutcome>();
        while (Engine.NextDueAt() is { } due && due <= end)
        {
            if (due > Clock.GetUtcNow()) Clock.SetUtcNow(due);
            outcomes.AddRange(Do(e => e.Tick()));
        }
        Clock.SetUtcNow(end);
        outcomes.AddRange(Do(e => e.Tick()));
        return outcomes;
    }

    public SkillGroupSettings Group(long id, RoutingChannel channel = RoutingChannel.Chat, Func<SkillGroupSettings, SkillGroupSettings>? with = null)
    {
        var settings = new SkillGroupSettings(id, channel);
        if (with is not null) settings = with(settings);
        Do(e => e.ConfigureSkillGroup(settings));
        return settings;
    }

    /// <summary>An agent in <paramref name="groups"/> (priority 3), available unless told otherwise.</summary>
    public void Agent(string id, long[] groups, AgentCapacity? capacity = null, bool available = true, int priority = 3)
    {
        Do(e => e.SetAgent(id, capacity ?? AgentCapacity.Default));
        foreach (var group in groups) Do(e => e.JoinSkillGroup(id, group, priority));
        if (available) Do(e => e.SetAvailability(id, AgentAvailability.Available));
    }

    public IReadOnlyList<RoutingOutcome> Enqueue(string session, long group, int priority = 0, string? lastAgent = null) =>
        Do(e => e.Enqueue(new SessionRequest(session, group, "customer-" + session, priority, lastAgent)));

    /// <summary>The agent the session was last offered to (or auto-assigned to), from the log.</summary>
    public string? OfferedTo(string session) => Log.Select(o => o switch
    {
        SessionOffered offered when offered.SessionId == session => offered.AgentId,
        SessionAssigned { AutoAccepted: true } assigned when assigned.SessionId == session => assigned.AgentId,
        _ => null,
    }).LastOrDefault(a => a is not null);

    public RoutingSessionState? StateOf(string session) => Engine.GetSession(session)?.State;
}
