using Switchboard.Routing;

namespace Switchboard.Benchmarks;

/// <summary>
/// A busy contact center in one <see cref="RoutingEngine"/>: 1,000 skill groups, 10,000 agents and 100,000
/// sessions waiting. Groups 1–999 are phone groups whose ~30 members each (every agent in three random groups)
/// are all on a call, with about 100 sessions queued per group; group 1000 is served by 30 agents of its own who
/// are free and has an empty queue, so a session arriving there is offered at once.
/// </summary>
internal sealed class RoutingWorld
{
    public const int Groups = 1_000;
    public const int Agents = 10_000;
    public const int Waiting = 100_000;
    public const long OpenGroup = Groups;
    private const int OpenAgents = 30;

    private readonly Random _random = new(42);
    private readonly Dictionary<string, string> _callOf = new(StringComparer.Ordinal);
    private readonly string[] _busyAgents;
    private long _next;

    public RoutingWorld()
    {
        for (long group = 1; group <= Groups; group++)
            Require(Engine.ConfigureSkillGroup(new SkillGroupSettings(group, RoutingChannel.Phone) { EndWhenNoAgentOnline = false }));
        _busyAgents = new string[Agents - OpenAgents];
        for (var i = 0; i < Agents; i++)
        {
            var agent = $"agent{i}@example.com";
            Require(Engine.SetAgent(agent, AgentCapacity.Default));
            if (i < _busyAgents.Length)
            {
                _busyAgents[i] = agent;
                for (var k = 0; k < 3; k++) Require(Engine.JoinSkillGroup(agent, _random.Next(1, Groups), _random.Next(1, 6)));
            }
            else
            {
                Require(Engine.JoinSkillGroup(agent, OpenGroup));
            }
            Require(Engine.SetAvailability(agent, AgentAvailability.Available));
        }
        for (var i = 0; i < _busyAgents.Length + Waiting; i++)
            AcceptAll(Require(Engine.Enqueue(new SessionRequest(NextId(), 1 + i % (Groups - 1), "customer"))));
        if (_callOf.Count != _busyAgents.Length || Engine.SessionCount != _busyAgents.Length + Waiting)
            throw new InvalidOperationException($"Set-up went wrong: {_callOf.Count} agents on calls, {Engine.SessionCount} sessions.");
    }

    public RoutingEngine Engine { get; } = new(TimeProvider.System);

    /// <summary>A session arrives in the open group (offered at once) — the measured part; the rest puts things back.</summary>
    public (RoutingResult Measured, Action Restore) EnqueueToOffer()
    {
        var id = NextId();
        var result = Engine.Enqueue(new SessionRequest(id, OpenGroup, "customer"));
        return (result, () =>
        {
            var offer = result.Outcomes.OfType<SessionOffered>().Single();
            Require(Engine.Accept(offer.SessionId, offer.AgentId));
            Require(Engine.End(offer.SessionId));
        });
    }

    /// <summary>A random agent's call ends and the head of one of their queues is offered to them; the rest puts things back.</summary>
    public (RoutingResult Measured, Action Restore) CallEndsNextOffered()
    {
        var agent = _busyAgents[_random.Next(_busyAgents.Length)];
        var result = Engine.End(_callOf[agent]);
        return (result, () =>
        {
            _callOf.Remove(agent);
            var offer = result.Outcomes.OfType<SessionOffered>().Single();
            AcceptAll(result);
            Require(Engine.Enqueue(new SessionRequest(NextId(), offer.SkillGroupId, "customer")));
        });
    }

    /// <summary>A session joins a queue where every agent is busy (queued, positions published); the rest puts things back.</summary>
    public (RoutingResult Measured, Action Restore) EnqueueWhileAllBusy()
    {
        var id = NextId();
        var result = Engine.Enqueue(new SessionRequest(id, _random.Next(1, Groups), "customer"));
        return (result, () => Require(Engine.End(id)));
    }

    private void AcceptAll(RoutingResult result)
    {
        foreach (var offer in result.Outcomes.OfType<SessionOffered>())
        {
            Require(Engine.Accept(offer.SessionId, offer.AgentId));
            _callOf[offer.AgentId] = offer.SessionId;
        }
    }

    private string NextId() => $"session-{++_next}";

    private static RoutingResult Require(RoutingResult result) =>
        result.Accepted ? result : throw new InvalidOperationException(result.Refusal);
}
