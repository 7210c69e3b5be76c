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
public sealed class RoutingEngine(TimeProvider time)
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

    private void EnterGroup(RoutedSession session, SkillGroupQueue group, DateTimeOffset now)
    {
        session.Enter(group, now);
        group.Insert(session);
        _toPublish.Add(group);
        _toDispatch.Add(group);
        if (group.Settings.MaxWait > TimeSpan.Zero)
            Schedule(now + group.Settings.MaxWait, new RoutingTimer(RoutingTimerKind.MaxWait, session.Id, session.GroupToken));
        if (group.Settings.PreferLastAgent && session.LastAgentId is not null && group.Settings.LastAgentWait > TimeSpan.Zero)
            Schedule(now + group.Settings.LastAgentWait, new RoutingTimer(RoutingTimerKind.LastAgentWait, session.Id, session.GroupToken));
    }

    /// <summary>Rings <paramref name="agents"/> (one, or every candidate of a ring-all group) with one ring clock.</summary>
    private void Offer(RoutedSession session, List<RoutedAgent> agents)
    {
        var group = session.Group;
        session.State = RoutingSessionState.Offered;
        session.Channel = group.Settings.Channel;
        session.PublishedPosition = 0;
        session.Offers++;
        if (group.Settings.AutoAccept)
        {
            // Auto-accept takes the strategy's first choice; nobody else needs to ring.
            agents[0].Hold(session);
            session.Ringing.Add(agents[0]);
            Assign(session, agents[0], autoAccepted: true);
            return;
        }
        var expiresAt = time.GetUtcNow() + group.Settings.RingTimeout;
        session.OfferToken++;
        Schedule(expiresAt, new RoutingTimer(RoutingTimerKind.RingTimeout, session.Id, session.OfferToken));
        foreach (var agent in agents)
        {
            agent.Hold(session);
            session.Ringing.Add(agent);
            _outcomes.Add(new SessionOffered(session.Id, agent.Id, group.Id, expiresAt));
        }
    }

    /// <summary><paramref name="agent"/> takes the session; anyone else it rang (ring-all) is withdrawn first.</summary>
    private void Assign(RoutedSession session, RoutedAgent agent, bool autoAccepted)
    {
        foreach (var other in session.Ringing.ToArray())
        {
            if (other == agent) continue;
            _outcomes.Add(new OfferWithdrawn(session.Id, other.Id, session.Group.Id));
            StopRinging(session, other, exclude: false);
        }
        session.Ringing.Clear();
        session.Agent = agent;
        session.State = RoutingSessionState.Assigned;
        agent.SessionsToday++;
        _outcomes.Add(new SessionAssigned(session.Id, agent.Id, session.Group.Id, autoAccepted));
    }

    /// <summary>One agent stops ringing for the session and is free for others.</summary>
    private void StopRinging(RoutedSession session, RoutedAgent agent, bool exclude)
    {
        agent.Release(session);
        session.Ringing.Remove(agent);
        if (exclude) session.Exclude(agent.Id);
        DispatchGroupsOf(agent);
    }

    /// <summary>Puts a session nobody rings any more back into its place in the queue, or onward if its wait is over.</summary>
    private void ReturnToQueue(RoutedSession session)
    {
        session.State = RoutingSessionState.Waiting;
        if (session.MaxWaitReached)
        {
            WaitedTooLong(session);
            return;
        }
        session.Group.Insert(session);
        _toPublish.Add(session.Group);
        _toDispatch.Add(session.Group);
    }

    private void WithdrawOffers(RoutedAgent agent, SkillGroupQueue? onlyGroup)
    {
        foreach (var session in agent.Sessions.ToArray())
        {
            if (session.State != RoutingSessionState.Offered || (onlyGroup is not null && session.Group != onlyGroup)) continue;
            _outcomes.Add(new OfferWithdrawn(session.Id, agent.Id, session.Group.Id));
            StopRinging(session, agent, exclude: false);
            if (session.Ringing.Count == 0) ReturnToQueue(session);
        }
    }

    private void ChangeAvailability(RoutedAgent agent, AgentAvailability availability)
    {
        var was = agent.Availability;
        if (was == availability) return;
        agent.Availability = availability;
        if (availability == AgentAvailability.Available)
        {
            agent.LastIdleAt = time.GetUtcNow();
            DispatchGroupsOf(agent);
        }
        else if (was == AgentAvailability.Available)
        {
            WithdrawOffers(agent, onlyGroup: null);
        }
        // An agent logging in or out can end or start a hold for them as someone's last agent.
        if (availability == AgentAvailability.Offline || was == AgentAvailability.Offline) DispatchGroupsOf(agent);
    }

    private void StartAfterCallWork(RoutedAgent agent, TimeSpan duration)
    {
        var now = time.GetUtcNow();
        if (duration <= TimeSpan.Zero)
        {
            agent.LastIdleAt = now;
            DispatchGroupsOf(agent);
            return;
        }
        var until = now + duration;
        if (agent.AfterCallWorkUntil is { } current && current > until) until = current;
        agent.AfterCallWorkUntil = until;
        agent.AfterCallWorkToken++;
        Schedule(until, new RoutingTimer(RoutingTimerKind.AfterCallWork, agent.Id, agent.AfterCallWorkToken));
        _outcomes.Add(new AfterCallWorkStarted(agent.Id, until));
    }

    private void FinishAfterCallWork(RoutedAgent agent)
    {
        agent.AfterCallWorkUntil = null;
        agent.AfterCallWorkToken++;
        agent.LastIdleAt = time.GetUtcNow();
        _outcomes.Add(new AfterCallWorkEnded(agent.Id));
        DispatchGroupsOf(agent);
    }

    /// <summary>The maximum wait is over for a waiting session (already out of the queue): overflow or end.</summary>
    private void WaitedTooLong(RoutedSession session)
    {
        var from = session.Group;
        if (from.Settings.OverflowSkillGroupId is { } targetId
            && _groups.TryGetValue(targetId, out var target)
            && target.Settings.Channel == from.Settings.Channel
            && !session.HasVisited(targetId))
        {
            _outcomes.Add(new SessionOverflowed(session.Id, from.Id, target.Id));
            // A transfer's target agent belonged to the group the session leaves.
            session.TargetAgentId = null;
            EnterGroup(session, target, time.GetUtcNow());
            return;
        }
        Forget(session, session.Offers > 0 ? RoutingEndStatus.NoAgentAnswered : RoutingEndStatus.QueueTimeout);
    }

    private void Forget(RoutedSession session, RoutingEndStatus status, string? agentId = null)
    {
        _sessions.Remove(session.Id);
        _outcomes.Add(new SessionEnded(session.Id, session.Group.Id, status, agentId ?? session.Agent?.Id));
    }

    private bool IsLive(RoutingTimer timer) => timer.Kind switch
    {
        RoutingTimerKind.RingTimeout => _sessions.TryGetValue(timer.OwnerId, out var s)
            && s.State == RoutingSessionState.Offered && s.OfferToken == timer.Token,
        RoutingTimerKind.MaxWait => _sessions.TryGetValue(timer.OwnerId, out var s)
            && s.State != RoutingSessionState.Assigned && s.GroupToken == timer.Token,
        RoutingTimerKind.LastAgentWait => _sessions.TryGetValue(timer.OwnerId, out var s)
            && s.State == RoutingSessionState.Waiting && s.GroupToken == timer.Token,
        _ => _agents.TryGetValue(timer.OwnerId, out var a)
            && a.AfterCallWorkUntil is not null && a.AfterCallWorkToken == timer.Token,
    };

    private void Fire(RoutingTimer timer)
    {
        switch (timer.Kind)
        {
            case RoutingTimerKind.RingTimeout:
                var session = _sessions[timer.OwnerId];
                // A ring-all offer nobody took singles nobody out: no one is excluded or made notReady, and the
                // session rings everyone again until someone answers or its maximum wait passes.
                var ringAll = session.Group.Settings.RingAll;
                var setNotReady = session.Group.Settings.NotReadyOnNoAnswer && !ringAll;
                var rang = session.Ringing.ToArray();
                foreach (var agent in rang)
                {
                    _outcomes.Add(new OfferExpired(session.Id, agent.Id, session.Group.Id, setNotReady));
                    StopRinging(session, agent, exclude: !ringAll);
                }
                ReturnToQueue(session);
                if (setNotReady)
                    foreach (var agent in rang) ChangeAvailability(agent, AgentAvailability.Unavailable);
                break;
            case RoutingTimerKind.MaxWait:
                var waiting = _sessions[timer.OwnerId];
                if (waiting.State == RoutingSessionState.Offered)
                {
                    // Let the ringing agents answer; if they do not, the session moves on (see ReturnToQueue).
                    waiting.MaxWaitReached = true;
                    break;
                }
                waiting.Group.Remove(waiting);
                _toPublish.Add(waiting.Group);
                WaitedTooLong(waiting);
                break;
            case RoutingTimerKind.LastAgentWait:
                _toDispatch.Add(_sessions[timer.OwnerId].Group);
                break;
            default:
                FinishAfterCallWork(_agents[timer.OwnerId]);
                break;
        }
    }

    private void Schedule(DateTimeOffset due, RoutingTimer timer) => _timers.Enqueue(timer, (due, ++_timerOrder));

    private void DispatchGroupsOf(RoutedAgent agent)
    {
        foreach (var groupId in agent.Memberships.Keys) _toDispatch.Add(_groups[groupId]);
    }

    /// <summary>Re-evaluates the changed groups, publishes queue positions and hands the outcomes over.</summary>
    private RoutingResult Finish()
    {
        Dispatch();
        PublishPositions();
        var outcomes = _outcomes;
        _outcomes = [];
        return new RoutingResult(true, null, outcomes);
    }

    /// <summary>
    /// Offers waiting sessions to agents who can take them. Groups whose first session has waited longest (within
    /// the highest priority) go first, so an agent free in several groups serves the most urgent one.
    /// </summary>
    private void Dispatch()
    {
        while (_toDispatch.Count > 0)
        {
            _dispatchOrder.Clear();
            foreach (var group in _toDispatch)
                if (group.Head is not null) _dispatchOrder.Add(group);
            _toDispatch.Clear();
            _dispatchOrder.Sort(static (a, b) => SkillGroupQueue.QueueOrder.Instance.Compare(a.Head, b.Head));
            foreach (var group in _dispatchOrder) DispatchGroup(group);
        }
    }

    private void DispatchGroup(SkillGroupQueue group)
    {
        _eligible.Clear();
        foreach (var member in group.Members.Values)
            if (member.CanTake(group)) _eligible.Add(member);
        if (_eligible.Count == 0) return;
        var now = time.GetUtcNow();
        for (var index = 0; index < group.Waiting.Count && _eligible.Count > 0;)
        {
            var session = group.Waiting[index];
            _chosen.Clear();
            AgentSelector.Choose(group, session, _eligible, now, _chosen);
            if (_chosen.Count == 0)
            {
                index++;
                continue;
            }
            group.RemoveAt(index);
            _toPublish.Add(group);
            Offer(session, _chosen);
            foreach (var agent in _chosen)
                if (!agent.CanTake(group)) _eligible.Remove(agent);
        }
    }

    private void PublishPositions()
    {
        foreach (var group in _toPublish)
        {
            var waiting = group.Waiting;
            for (var index = 0; index < waiting.Count; index++)
            {
                var session = waiting[index];
                if (session.PublishedPosition == index + 1) continue;
                session.PublishedPosition = index + 1;
                _outcomes.Add(new QueuePositionChanged(session.Id, group.Id, index + 1));
            }
        }
        _toPublish.Clear();
    }

    private RoutingResult? FindOffer(string sessionId, string agentId, out RoutedSession session, out RoutedAgent agent)
    {
        agent = null!;
        if (!_sessions.TryGetValue(sessionId, out session!)) return UnknownSession(sessionId);
        if (session.State == RoutingSessionState.Offered)
            foreach (var ringing in session.Ringing)
                if (ringing.Id == agentId)
                {
                    agent = ringing;
                    return null;
                }
        return RoutingResult.Refuse($"Session {sessionId} is not ringing agent {agentId}; the offer may have timed out, been withdrawn or been taken by another agent.");
    }

    private static RoutingResult UnknownAgent(string agentId) => RoutingResult.Refuse($"Agent {agentId} is not known to routing.");

    private static RoutingResult UnknownGroup(long skillGroupId) => RoutingResult.Refuse($"Skill group {skillGroupId} does not exist.");

    private static RoutingResult UnknownSession(string sessionId) => RoutingResult.Refuse($"Session {sessionId} is not being routed.");
}
