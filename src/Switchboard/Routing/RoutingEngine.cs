namespace Switchboard.Routing;

/// <summary>
/// The automatic call distributor for any channel: skill group queues, agents' capacity, strategies, offers with
/// ring timeouts, overflow and after-call work. Plain single-threaded C#: the host (one Orleans grain, a test)
/// calls it from one thread at a time and applies the <see cref="RoutingOutcome"/>s each call returns.
/// </summary>
/// <remarks>
/// <para>
/// Time is read from the injected <see cref="TimeProvider"/>; the engine starts no timer. The host asks
/// <see cref="NextDueAt"/>, wakes up then (an Orleans timer, a <see cref="TimeProvider.CreateTimer"/>, a test's
/// FakeTimeProvider) and calls <see cref="Tick"/>, which fires every clock due by now. A host that ticks late
/// only delays; nothing is lost or reordered.
/// </para>
/// <para>
/// Every call that may let a session meet an agent re-evaluates the affected groups before returning, so an
/// agent is offered a session the moment they are available and under capacity. Invariants: a session is
/// waiting, ringing one agent (or every candidate in a ring-all group), or assigned to one, until it ends with a
/// status; an agent is only offered a session while available, out of after-call work and under capacity (the
/// offer reserves the slot); and within a group a session is only offered to an agent no session ahead of it could
/// have been offered to.
/// </para>
/// </remarks>
public sealed partial class RoutingEngine(TimeProvider time)
{
    private readonly Dictionary<long, SkillGroupQueue> _groups = [];
    private readonly Dictionary<string, RoutedAgent> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RoutedSession> _sessions = new(StringComparer.Ordinal);
    private readonly PriorityQueue<RoutingTimer, (DateTimeOffset Due, long Order)> _timers = new();
    private readonly HashSet<SkillGroupQueue> _toDispatch = [];
    private readonly HashSet<SkillGroupQueue> _toPublish = [];
    private readonly List<SkillGroupQueue> _dispatchOrder = [];
    private readonly List<RoutedAgent> _eligible = [];
    private readonly List<RoutedAgent> _chosen = [];
    private readonly HashSet<SkillGroupQueue> _toJoin = [];
    private readonly List<RoutedSession> _joinable = [];
    private List<RoutingOutcome> _outcomes = [];
    private long _arrivals;
    private long _timerOrder;

    /// <summary>Sessions waiting, ringing or assigned.</summary>
    public int SessionCount => _sessions.Count;

    /// <summary>
    /// Creates a skill group or changes its settings. Strategy, concurrency, ring, auto-accept and after-call
    /// settings apply at once; a changed maximum wait or last-agent wait applies to sessions entering from now on.
    /// </summary>
    public RoutingResult ConfigureSkillGroup(SkillGroupSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Problem() is { } problem) return RoutingResult.Refuse(problem);
        if (_groups.TryGetValue(settings.SkillGroupId, out var group))
        {
            if (group.Settings.Channel != settings.Channel && _sessions.Values.Any(s => s.Group == group))
                return RoutingResult.Refuse("The group's type cannot change while it has sessions.");
            group.Settings = settings;
        }
        else
        {
            group = new SkillGroupQueue(settings);
            _groups.Add(settings.SkillGroupId, group);
        }
        _toDispatch.Add(group);
        return Finish();
    }

    /// <summary>Registers an agent (offline, in no group) or changes their capacity.</summary>
    public RoutingResult SetAgent(string agentId, AgentCapacity capacity)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        if (string.IsNullOrEmpty(agentId)) return RoutingResult.Refuse("An agent needs an id.");
        if (capacity.Voice < 0 || capacity.Chat < 0) return RoutingResult.Refuse("Capacities cannot be negative.");
        if (_agents.TryGetValue(agentId, out var agent))
        {
            agent.Capacity = capacity;
            DispatchGroupsOf(agent);
        }
        else
        {
            _agents.Add(agentId, new RoutedAgent(agentId, capacity, time.GetUtcNow()));
        }
        return Finish();
    }

    /// <summary>
    /// The agent's presence changed. Becoming available makes them idle from now; leaving availability withdraws
    /// the offers ringing them (sessions they already have continue).
    /// </summary>
    public RoutingResult SetAvailability(string agentId, AgentAvailability availability)
    {
        if (!Enum.IsDefined(availability)) return RoutingResult.Refuse($"{availability} is not an availability.");
        if (!_agents.TryGetValue(agentId, out var agent)) return UnknownAgent(agentId);
        ChangeAvailability(agent, availability);
        return Finish();
    }

    /// <summary>Adds the agent to a group with a membership priority from 1 (highest) to 5, or changes that priority.</summary>
    public RoutingResult JoinSkillGroup(string agentId, long skillGroupId, int priority = 3)
    {
        if (!_agents.TryGetValue(agentId, out var agent)) return UnknownAgent(agentId);
        if (!_groups.TryGetValue(skillGroupId, out var group)) return UnknownGroup(skillGroupId);
        if (priority is < 1 or > 5) return RoutingResult.Refuse("A membership priority is 1 (highest) to 5 (lowest).");
        agent.Memberships[skillGroupId] = priority;
        group.Members[agentId] = agent;
        _toDispatch.Add(group);
        return Finish();
    }

    /// <summary>Removes the agent from a group; offers of that group ringing them are withdrawn.</summary>
    public RoutingResult LeaveSkillGroup(string agentId, long skillGroupId)
    {
        if (!_agents.TryGetValue(agentId, out var agent)) return UnknownAgent(agentId);
        if (!_groups.TryGetValue(skillGroupId, out var group)) return UnknownGroup(skillGroupId);
        if (!agent.Memberships.Remove(skillGroupId)) return RoutingResult.Refuse($"Agent {agentId} is not in skill group {skillGroupId}.");
        group.Members.Remove(agentId);
        WithdrawOffers(agent, group);
        // A session holding for this agent as its last agent stops holding.
        _toDispatch.Add(group);
        return Finish();
    }

    /// <summary>The agent ends their after-call work early (they asked to be free).</summary>
    public RoutingResult EndAfterCallWork(string agentId)
    {
        if (!_agents.TryGetValue(agentId, out var agent)) return UnknownAgent(agentId);
        if (agent.AfterCallWorkUntil is null) return RoutingResult.Refuse($"Agent {agentId} is not in after-call work.");
        FinishAfterCallWork(agent);
        return Finish();
    }

    /// <summary>
    /// Sets how many sessions the agent has taken today, for "fewest sessions today" in a host that restarted during
    /// the day: the host counts them from its records, since the engine's own count starts with the engine.
    /// </summary>
    public RoutingResult SetSessionsToday(string agentId, int count)
    {
        if (count < 0) return RoutingResult.Refuse("A count of sessions cannot be negative.");
        if (!_agents.TryGetValue(agentId, out var agent)) return UnknownAgent(agentId);
        agent.SessionsToday = count;
        return Finish();
    }

    /// <summary>
    /// Sets when the agent last became idle, for "longest idle" in a host that restarted: the engine otherwise takes
    /// the moment it learns of an agent. A time in the future is refused.
    /// </summary>
    public RoutingResult SetLastIdleAt(string agentId, DateTimeOffset lastIdleAt)
    {
        if (lastIdleAt > time.GetUtcNow()) return RoutingResult.Refuse("An agent cannot have become idle in the future.");
        if (!_agents.TryGetValue(agentId, out var agent)) return UnknownAgent(agentId);
        agent.LastIdleAt = lastIdleAt;
        return Finish();
    }

    /// <summary>Starts a new day for "fewest sessions today": every agent's count goes back to zero.</summary>
    public RoutingResult StartNewDay()
    {
        foreach (var agent in _agents.Values) agent.SessionsToday = 0;
        foreach (var group in _groups.Values) _toDispatch.Add(group);
        return Finish();
    }

    /// <summary>
    /// A session joins its group's queue and is offered at once if an agent can take it. With
    /// <see cref="SkillGroupSettings.EndWhenNoAgentOnline"/> and no member logged in it ends instead.
    /// </summary>
    public RoutingResult Enqueue(SessionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.SessionId)) return RoutingResult.Refuse("A session needs an id.");
        if (_sessions.ContainsKey(request.SessionId)) return RoutingResult.Refuse($"Session {request.SessionId} is already being routed.");
        if (!_groups.TryGetValue(request.SkillGroupId, out var group)) return UnknownGroup(request.SkillGroupId);
        if (group.Settings.EndWhenNoAgentOnline && !group.Members.Values.Any(m => m.Availability != AgentAvailability.Offline))
        {
            _outcomes.Add(new SessionEnded(request.SessionId, group.Id, RoutingEndStatus.NoAgentOnline, null));
            return Finish();
        }
        var now = time.GetUtcNow();
        var session = new RoutedSession(request, ++_arrivals, now, group);
        _sessions.Add(session.Id, session);
        EnterGroup(session, group, now);
        return Finish();
    }

    /// <summary>
    /// Moves an assigned session from its agent to another group's queue (a transfer), keeping its priority and
    /// arrival; with <paramref name="targetAgentId"/> only that member of the group may take it until they refuse.
    /// The agent it leaves goes straight back to work (no after-call work for a handed-over session).
    /// </summary>
    public RoutingResult Transfer(string sessionId, long skillGroupId, string? targetAgentId = null)
    {
        if (!_sessions.TryGetValue(sessionId, out var session)) return UnknownSession(sessionId);
        if (session.State != RoutingSessionState.Assigned) return RoutingResult.Refuse($"Session {sessionId} is not assigned to an agent.");
        if (!_groups.TryGetValue(skillGroupId, out var group)) return UnknownGroup(skillGroupId);
        if (group.Settings.Channel != session.Group.Settings.Channel) return RoutingResult.Refuse($"Skill group {skillGroupId} serves another channel.");
        if (targetAgentId is not null && !group.Members.ContainsKey(targetAgentId))
            return RoutingResult.Refuse($"Agent {targetAgentId} is not a member of skill group {skillGroupId}.");
        var agent = session.Agent!;
        agent.Release(session);
        session.Agent = null;
        session.TargetAgentId = targetAgentId;
        StartAfterCallWork(agent, TimeSpan.Zero);
        EnterGroup(session, group, time.GetUtcNow());
        return Finish();
    }

    /// <summary>
    /// Puts back a session its agent was already serving before the host restarted, so the agent's load counts
    /// it. Refused when the agent or group is unknown or the agent is not a member.
    /// </summary>
    public RoutingResult RestoreAssigned(SessionRequest request, string agentId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_sessions.ContainsKey(request.SessionId)) return RoutingResult.Refuse($"Session {request.SessionId} is already being routed.");
        if (!_groups.TryGetValue(request.SkillGroupId, out var group)) return UnknownGroup(request.SkillGroupId);
        if (!_agents.TryGetValue(agentId, out var agent) || !group.Members.ContainsKey(agentId)) return UnknownAgent(agentId);
        var now = time.GetUtcNow();
        var session = new RoutedSession(request, ++_arrivals, now, group);
        session.Enter(group, now);
        session.State = RoutingSessionState.Assigned;
        session.Agent = agent;
        session.Channel = group.Settings.Channel;
        agent.Hold(session);
        _sessions.Add(session.Id, session);
        return Finish();
    }

    /// <summary>The ringing agent takes the session. Refused when the offer is no longer theirs (it rang out, was withdrawn).</summary>
    public RoutingResult Accept(string sessionId, string agentId)
    {
        if (FindOffer(sessionId, agentId, out var session, out var agent) is { } refusal) return refusal;
        Assign(session, agent, autoAccepted: false);
        return Finish();
    }

    /// <summary>
    /// The ringing agent refuses: never again to this one in this group. When no one else is ringing, the session
    /// goes back to its place and to the next agent.
    /// </summary>
    public RoutingResult Decline(string sessionId, string agentId)
    {
        if (FindOffer(sessionId, agentId, out var session, out var agent) is { } refusal) return refusal;
        _outcomes.Add(new OfferDeclined(session.Id, agent.Id, session.Group.Id));
        StopRinging(session, agent, exclude: true);
        if (session.Ringing.Count == 0) ReturnToQueue(session);
        return Finish();
    }

    /// <summary>
    /// The session is over, whoever ended it: an assigned one completes (its agent goes to after-call work or
    /// free); a waiting or ringing one was left by the customer.
    /// </summary>
    public RoutingResult End(string sessionId)
    {
        if (!_sessions.TryGetValue(sessionId, out var session)) return UnknownSession(sessionId);
        switch (session.State)
        {
            case RoutingSessionState.Waiting:
                session.Group.Remove(session);
                _toPublish.Add(session.Group);
                Forget(session, RoutingEndStatus.CustomerLeftQueue);
                break;
            case RoutingSessionState.Offered:
                var rung = session.Ringing.Count == 1 ? session.Ringing[0].Id : null;
                foreach (var ringing in session.Ringing.ToArray()) StopRinging(session, ringing, exclude: false);
                Forget(session, RoutingEndStatus.CustomerLeftRinging, rung);
                break;
            default:
                var agent = session.Agent!;
                agent.Release(session);
                Forget(session, RoutingEndStatus.Completed);
                StartAfterCallWork(agent, session.Group.Settings.AfterCallWork);
                break;
        }
        return Finish();
    }

    /// <summary>When the next clock comes due (ring timeout, maximum wait, last-agent wait, after-call work), or null when none runs.</summary>
    public DateTimeOffset? NextDueAt()
    {
        while (_timers.TryPeek(out var timer, out var due))
        {
            if (IsLive(timer)) return due.Due;
            _timers.Dequeue();
        }
        return null;
    }

    /// <summary>Fires every clock due by now, in the order they came due, then re-evaluates.</summary>
    public RoutingResult Tick()
    {
        var now = time.GetUtcNow();
        while (_timers.TryPeek(out var timer, out var due) && due.Due <= now)
        {
            _timers.Dequeue();
            if (IsLive(timer)) Fire(timer);
        }
        return Finish();
    }

    /// <summary>The session's current state, or null when the engine does not know it (never came, or ended).</summary>
    public RoutedSessionView? GetSession(string sessionId)
    {
        if (!_sessions.TryGetValue(sessionId, out var session)) return null;
        var position = session.State == RoutingSessionState.Waiting ? session.Group.IndexOf(session) + 1 : 0;
        var agent = session.Agent?.Id ?? (session.Ringing.Count == 1 ? session.Ringing[0].Id : null);
        return new RoutedSessionView(session.Id, session.Group.Id, session.State, session.Priority, session.EnqueuedAt, position, agent)
        {
            RingingAgentIds = session.Ringing.Count == 0 ? [] : [.. session.Ringing.Select(a => a.Id)],
        };
    }

    /// <summary>The agent's current state, or null for an unknown agent.</summary>
    public RoutingAgentView? GetAgent(string agentId) =>
        _agents.TryGetValue(agentId, out var agent)
            ? new RoutingAgentView(agent.Id, agent.Availability, agent.AfterCallWorkUntil, agent.LastIdleAt, agent.SessionsToday, agent.VoiceLoad, agent.ChatLoad)
            : null;

    /// <summary>The ids of the sessions waiting in a group, first in line first; empty for an unknown group.</summary>
    public IReadOnlyList<string> GetQueue(long skillGroupId) =>
        _groups.TryGetValue(skillGroupId, out var group) ? group.Waiting.Select(s => s.Id).ToArray() : [];
}
