using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>
/// An independent account of what the engine has said, kept from its outcomes alone, that checks each outcome
/// against the routing invariants as it arrives and the engine's own views after each call.
/// </summary>
internal sealed class RoutingModel(IReadOnlyDictionary<long, SkillGroupSettings> groups, TimeProvider clock)
{
    private long _arrivals;

    public Dictionary<string, ModelAgent> Agents { get; } = [];
    public Dictionary<string, ModelSession> Sessions { get; } = [];
    public int Ended { get; private set; }

    public sealed class ModelAgent(AgentCapacity capacity)
    {
        public AgentCapacity Capacity { get; set; } = capacity;
        public AgentAvailability Availability { get; set; } = AgentAvailability.Offline;
        public bool AfterCallWork { get; set; }
        public Dictionary<long, int> Groups { get; } = [];
        public int Voice { get; set; }
        public int Chat { get; set; }
    }

    public sealed class ModelSession(long group, int priority, long arrival, string? lastAgent, DateTimeOffset entered)
    {
        public long Group { get; set; } = group;
        public string? LastAgent { get; } = lastAgent;
        public DateTimeOffset Entered { get; set; } = entered;
        public int Priority { get; } = priority;
        public long Arrival { get; } = arrival;
        public RoutingSessionState State { get; set; } = RoutingSessionState.Waiting;
        /// <summary>The agent it is assigned to.</summary>
        public string? Agent { get; set; }

        /// <summary>The agents ringing for it (several in a ring-all group).</summary>
        public HashSet<string> Ringing { get; } = [];
        public HashSet<string> Excluded { get; } = [];
        public int Position { get; set; }
        public string? Target { get; set; }
    }

    /// <summary>An assigned session was transferred to <paramref name="group"/> (for <paramref name="target"/> only, if given).</summary>
    public void Transferred(string id, long group, string? target)
    {
        var session = Sessions[id];
        Assert.Equal(RoutingSessionState.Assigned, session.State);
        Release(session, session.Agent!);
        session.State = RoutingSessionState.Waiting;
        session.Agent = null;
        session.Group = group;
        session.Entered = clock.GetUtcNow();
        session.Excluded.Clear();
        session.Position = 0;
        session.Target = target;
    }

    public void Enqueued(string id, long group, int priority, string? lastAgent) =>
        Sessions[id] = new ModelSession(group, priority, ++_arrivals, lastAgent, clock.GetUtcNow());

    public void Apply(RoutingOutcome outcome)
    {
        switch (outcome)
        {
            case SessionOffered offered:
                Reserve(offered.SessionId, offered.AgentId, offered.SkillGroupId);
                break;
            case SessionAssigned { AutoAccepted: true } auto:
                Reserve(auto.SessionId, auto.AgentId, auto.SkillGroupId);
                Take(auto.SessionId, auto.AgentId);
                break;
            case SessionAssigned assigned:
                Take(assigned.SessionId, assigned.AgentId);
                break;
            case OfferExpired expired:
                var ringAll = groups[Sessions[expired.SessionId].Group].RingAll;
                Assert.False(ringAll && expired.SetNotReady, $"{expired}: a ring-all ring-out must not single anyone out");
                Unreserve(expired.SessionId, expired.AgentId, exclude: !ringAll);
                if (expired.SetNotReady) Agents[expired.AgentId].Availability = AgentAvailability.Unavailable;
                break;
            case OfferDeclined declined:
                Unreserve(declined.SessionId, declined.AgentId, exclude: true);
                break;
            case OfferWithdrawn withdrawn:
                Unreserve(withdrawn.SessionId, withdrawn.AgentId, exclude: false);
                break;
            case SessionOverflowed overflowed:
                var moving = Sessions[overflowed.SessionId];
                Assert.True(moving.State == RoutingSessionState.Waiting && moving.Group == overflowed.FromSkillGroupId, $"{overflowed} of a session not waiting there");
                moving.Group = overflowed.ToSkillGroupId;
                moving.Entered = clock.GetUtcNow();
                moving.Excluded.Clear();
                moving.Position = 0;
                moving.Target = null;
                break;
            case SessionEnded ended:
                EndSession(ended);
                break;
            case QueuePositionChanged position:
                var waiting = Sessions[position.SessionId];
                Assert.True(waiting.State == RoutingSessionState.Waiting && waiting.Group == position.SkillGroupId, $"{position} of a session not waiting there");
                waiting.Position = position.Position;
                break;
            case AfterCallWorkStarted started:
                Agents[started.AgentId].AfterCallWork = true;
                break;
            case AfterCallWorkEnded finished:
                Agents[finished.AgentId].AfterCallWork = false;
                break;
        }
    }

    /// <summary>The engine's views agree with the model, and no waiting session could be offered to a free member.</summary>
    public void Check(RoutingEngine engine)
    {
        Assert.Equal(Sessions.Count, engine.SessionCount);
        foreach (var (id, session) in Sessions)
        {
            var view = engine.GetSession(id);
            Assert.NotNull(view);
            var shown = session.State == RoutingSessionState.Assigned ? session.Agent : session.Ringing.Count == 1 ? session.Ringing.Single() : null;
            Assert.Equal((session.Group, session.State, shown), (view.SkillGroupId, view.State, view.AgentId));
            Assert.Equal(session.Ringing.Order(StringComparer.Ordinal), view.RingingAgentIds.Order(StringComparer.Ordinal));
            if (session.State == RoutingSessionState.Waiting) Assert.Equal(view.QueuePosition, session.Position);
        }
        foreach (var (id, agent) in Agents)
        {
            var view = engine.GetAgent(id)!;
            Assert.Equal((agent.Availability, agent.AfterCallWork, agent.Voice, agent.Chat), (view.Availability, view.AfterCallWorkUntil is not null, view.VoiceLoad, view.ChatLoad));
        }
        foreach (var (groupId, settings) in groups)
        {
            var queue = Sessions.Where(s => s.Value.State == RoutingSessionState.Waiting && s.Value.Group == groupId)
                .OrderByDescending(s => s.Value.Priority).ThenBy(s => s.Value.Arrival).ToList();
            Assert.Equal(queue.Select(s => s.Key), engine.GetQueue(groupId));
            foreach (var (id, session) in queue)
                foreach (var (agentId, agent) in Agents)
                    Assert.False(CanTake(agent, settings) && !session.Excluded.Contains(agentId) && !IsHeld(session, settings)
                        && (Targeted(session, groupId) is not { } target || target == agentId),
                        $"{id} waits in group {groupId} while {agentId} could take it");
            if (!settings.RingAll) continue;
            // A ring-all offer that singles nobody out is joined by every member who becomes able to take it.
            foreach (var (id, session) in Sessions.Where(s => s.Value.State == RoutingSessionState.Offered && s.Value.Group == groupId))
            {
                if ((session.Target is { } target && !session.Excluded.Contains(target)) || Prefers(session, settings)) continue;
                foreach (var (agentId, agent) in Agents)
                    Assert.False(agent.Groups.ContainsKey(groupId) && !session.Ringing.Contains(agentId) && !session.Excluded.Contains(agentId)
                        && CanTake(agent, settings), $"{id} rings everyone in group {groupId} but not {agentId}, who could take it");
            }
        }
    }

    private void Reserve(string sessionId, string agentId, long groupId)
    {
        var session = Sessions[sessionId];
        var agent = Agents[agentId];
        var settings = groups[groupId];
        var anotherRing = session.State == RoutingSessionState.Offered && settings.RingAll && !session.Ringing.Contains(agentId);
        Assert.True((session.State == RoutingSessionState.Waiting || anotherRing) && session.Group == groupId, $"{sessionId} offered to {agentId} while {session.State} in {session.Group}");
        Assert.True(CanTake(agent, settings), $"{sessionId} offered to {agentId}, who cannot take it ({agent.Availability}, after-call work {agent.AfterCallWork}, voice {agent.Voice}, chat {agent.Chat}, groups {string.Join(",", agent.Groups.Keys)})");
        Assert.DoesNotContain(agentId, session.Excluded);
        // A transfer's target, else a free or held-for last agent, is the only one the session may go to.
        if (Targeted(session, groupId) is { } target) Assert.True(agentId == target, $"{sessionId} offered to {agentId} instead of its transfer target {target}");
        else if (Prefers(session, settings) && (IsHeld(session, settings) || CanTake(Agents[session.LastAgent!], settings)))
            Assert.True(agentId == session.LastAgent, $"{sessionId} offered to {agentId} instead of its last agent {session.LastAgent}");
        // FIFO within priority: every session ahead of this one must have been unable to take this agent.
        foreach (var (otherId, other) in Sessions)
        {
            var ahead = other.Priority > session.Priority || (other.Priority == session.Priority && other.Arrival < session.Arrival);
            if (other.State == RoutingSessionState.Waiting && other.Group == groupId && ahead)
                Assert.True(other.Excluded.Contains(agentId) || IsHeld(other, settings) || (Targeted(other, groupId) is { } otherTarget && otherTarget != agentId),
                    $"{sessionId} offered to {agentId} while {otherId} was ahead of it");
        }
        session.State = RoutingSessionState.Offered;
        session.Ringing.Add(agentId);
        session.Position = 0;
        if (settings.Channel == RoutingChannel.Chat) agent.Chat++; else agent.Voice++;
    }

    private void Unreserve(string sessionId, string agentId, bool exclude)
    {
        var session = Sessions[sessionId];
        Assert.True(session.State == RoutingSessionState.Offered && session.Ringing.Contains(agentId), $"offer of {sessionId} to {agentId} ended but it was not ringing them");
        Release(session, agentId);
        session.Ringing.Remove(agentId);
        if (session.Ringing.Count == 0) session.State = RoutingSessionState.Waiting;
        if (exclude) session.Excluded.Add(agentId);
    }

    /// <summary>The agent takes the session: every other ringing agent was withdrawn just before.</summary>
    private void Take(string sessionId, string agentId)
    {
        var session = Sessions[sessionId];
        Assert.True(session.State == RoutingSessionState.Offered && session.Ringing.SetEquals([agentId]), $"{sessionId} assigned to {agentId} while ringing {string.Join(",", session.Ringing)}");
        session.Ringing.Clear();
        session.Agent = agentId;
        session.State = RoutingSessionState.Assigned;
    }

    private void EndSession(SessionEnded ended)
    {
        Ended++;
        if (!Sessions.Remove(ended.SessionId, out var session))
        {
            Assert.Equal(RoutingEndStatus.NoAgentOnline, ended.Status);
            return;
        }
        var expected = ended.Status switch
        {
            RoutingEndStatus.Completed => RoutingSessionState.Assigned,
            RoutingEndStatus.CustomerLeftRinging => RoutingSessionState.Offered,
            _ => RoutingSessionState.Waiting,
        };
        Assert.Equal(expected, session.State);
        Assert.Equal(session.Group, ended.SkillGroupId);
        if (session.Agent is not null) Release(session, session.Agent);
        foreach (var ringing in session.Ringing) Release(session, ringing);
    }

    private void Release(ModelSession session, string agentId)
    {
        var agent = Agents[agentId];
        if (groups[session.Group].Channel == RoutingChannel.Chat) agent.Chat--; else agent.Voice--;
    }

    /// <summary>A transferred session's target while they are a logged-in member who has not refused it.</summary>
    private string? Targeted(ModelSession session, long groupId) =>
        session.Target is { } target && !session.Excluded.Contains(target)
        && Agents[target] is { Availability: not AgentAvailability.Offline } agent && agent.Groups.ContainsKey(groupId)
            ? target
            : null;

    private static bool Prefers(ModelSession session, SkillGroupSettings settings) =>
        settings.PreferLastAgent && session.LastAgent is not null && !session.Excluded.Contains(session.LastAgent);

    /// <summary>Waiting for its last agent: within the wait, and that agent is a logged-in member who cannot take it now.</summary>
    private bool IsHeld(ModelSession session, SkillGroupSettings settings) =>
        Prefers(session, settings)
        && settings.LastAgentWait > TimeSpan.Zero
        && clock.GetUtcNow() < session.Entered + settings.LastAgentWait
        && Agents[session.LastAgent!] is { Availability: not AgentAvailability.Offline } last
        && last.Groups.ContainsKey(settings.SkillGroupId)
        && !CanTake(last, settings);

    private static bool CanTake(ModelAgent agent, SkillGroupSettings settings)
    {
        if (agent.Availability != AgentAvailability.Available || agent.AfterCallWork || !agent.Groups.ContainsKey(settings.SkillGroupId)) return false;
        var load = settings.Channel == RoutingChannel.Chat ? agent.Chat : agent.Voice;
        var capacity = settings.Channel == RoutingChannel.Chat ? agent.Capacity.Chat : agent.Capacity.Voice;
        return load < Math.Min(capacity, settings.MaxConcurrency);
    }
}
