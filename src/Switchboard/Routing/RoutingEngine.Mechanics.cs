namespace Switchboard.Routing;

/// <summary>
/// The engine's private mechanics: entering groups, ringing and assigning, after-call work, clocks, and the
/// re-evaluation that runs before every public call returns. RoutingEngine.cs holds the public calls.
/// </summary>
public sealed partial class RoutingEngine
{
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
    private void Offer(RoutedSession session, List<RoutedAgent> agents, bool ringsEveryone)
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
        session.RingExpiresAt = expiresAt;
        session.RingsEveryone = ringsEveryone;
        if (ringsEveryone) group.RingingEveryone.Add(session);
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
            {
                if (group.Head is not null) _dispatchOrder.Add(group);
                if (group.RingingEveryone.Count > 0) _toJoin.Add(group);
            }
            _toDispatch.Clear();
            _dispatchOrder.Sort(static (a, b) => SkillGroupQueue.QueueOrder.Instance.Compare(a.Head, b.Head));
            foreach (var group in _dispatchOrder) DispatchGroup(group);
        }
        // Waiting sessions first, everywhere: a session already ringing others only gets the agents left over.
        foreach (var group in _toJoin) JoinRinging(group);
        _toJoin.Clear();
    }

    /// <summary>Agents able to take a session of a ring-all group join the rings of its sessions ringing everyone.</summary>
    private void JoinRinging(SkillGroupQueue group)
    {
        _joinable.Clear();
        foreach (var session in group.RingingEveryone)
            if (session.RingsEveryone && session.State == RoutingSessionState.Offered && session.Group == group
                && _sessions.TryGetValue(session.Id, out var live) && live == session)
                _joinable.Add(session);
        group.RingingEveryone.IntersectWith(_joinable);
        if (_joinable.Count == 0 || !group.Settings.RingAll) return;
        _joinable.Sort(SkillGroupQueue.QueueOrder.Instance);
        foreach (var session in _joinable)
        {
            // A session meant for one agent (a transfer's target, a preferred last agent) is not widened: if that
            // agent is back, they are the one it should reach, at its next ring.
            if ((session.TargetAgentId is { } target && !session.IsExcluded(target))
                || (group.Settings.PreferLastAgent && session.LastAgentId is { } last && !session.IsExcluded(last))) continue;
            foreach (var agent in group.Members.Values)
            {
                if (session.Ringing.Contains(agent) || session.IsExcluded(agent.Id) || !agent.CanTake(group)) continue;
                agent.Hold(session);
                session.Ringing.Add(agent);
                _outcomes.Add(new SessionOffered(session.Id, agent.Id, group.Id, session.RingExpiresAt));
            }
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
            var ringsEveryone = AgentSelector.Choose(group, session, _eligible, now, _chosen);
            if (_chosen.Count == 0)
            {
                index++;
                continue;
            }
            group.RemoveAt(index);
            _toPublish.Add(group);
            Offer(session, _chosen, ringsEveryone);
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
