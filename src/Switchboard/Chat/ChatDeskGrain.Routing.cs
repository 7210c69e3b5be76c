using Orleans;
using Switchboard.Presence;
using Switchboard.Routing;

namespace Switchboard.Chat;

/// <summary>The desk's side of routing: applying the engine's outcomes, its clock, and what it knows of staff and presence.</summary>
internal sealed partial class ChatDeskGrain
{
    private ITimer? _timer;
    private DateTimeOffset? _timerDue;
    private long _timerGeneration;
    private DateTimeOffset _nextDay;

    public async Task WakeAsync(long generation)
    {
        if (generation != _timerGeneration) return;
        _timerDue = null;
        await StartNewDayIfDueAsync();
        await ApplyAsync(_engine.Tick());
        await EndIdleVisitorsAsync();
        Rearm();
    }

    /// <summary>Applies what routing decided, in order, then re-arms the clock.</summary>
    private async Task ApplyAsync(RoutingResult result)
    {
        foreach (var outcome in result.Outcomes)
        {
            try
            {
                await ApplyAsync(outcome);
            }
            catch (Exception e)
            {
                // One failed write must not leave the outcomes after it unapplied.
                logger.LogError(e, "Chat desk of application {App} failed to apply {Outcome}", _sdkAppId, outcome);
            }
        }
        Rearm();
    }

    private async Task ApplyAsync(RoutingOutcome outcome)
    {
        switch (outcome)
        {
            case QueuePositionChanged moved when _live.TryGetValue(moved.SessionId, out var live):
                live.QueuePosition = moved.Position;
                ToVisitor(n => n.SessionChangedAsync(View(live)));
                break;
            case SessionOffered offered when _live.TryGetValue(offered.SessionId, out var live):
                if (live.Ringing.Count == 0) live.RingStartedAtMs = Now();
                live.Ringing[offered.AgentId] = offered.ExpiresAt;
                live.QueuePosition = null;
                live.Row.State = ChatSessionState.Ringing;
                var offer = Offer(live, SecondsLeft(offered.ExpiresAt));
                ToAgent(offered.AgentId, (n, key) => n.OfferedAsync(key, offer));
                ToVisitor(n => n.SessionChangedAsync(View(live)));
                break;
            case SessionAssigned assigned when _live.TryGetValue(assigned.SessionId, out var live):
                await AssignedAsync(live, assigned);
                break;
            case OfferExpired expired when _live.TryGetValue(expired.SessionId, out var live):
                Unring(live, expired.AgentId);
                ToAgent(expired.AgentId, (n, key) => n.OfferRevokedAsync(key, expired.SessionId, rangOut: true));
                if (expired.SetNotReady)
                    await presence.RequestAsync(Key(expired.AgentId), new PresenceRequest("notReady", null, PresenceSource.System));
                break;
            case OfferDeclined declined when _live.TryGetValue(declined.SessionId, out var live):
                Unring(live, declined.AgentId);
                ToAgent(declined.AgentId, (n, key) => n.OfferRevokedAsync(key, declined.SessionId, rangOut: false));
                break;
            case OfferWithdrawn withdrawn when _live.TryGetValue(withdrawn.SessionId, out var live):
                Unring(live, withdrawn.AgentId);
                ToAgent(withdrawn.AgentId, (n, key) => n.OfferRevokedAsync(key, withdrawn.SessionId, rangOut: false));
                break;
            case SessionOverflowed overflowed when _live.TryGetValue(overflowed.SessionId, out var live):
                live.Row.SkillGroupId = overflowed.ToSkillGroupId;
                await store.SaveAsync(live.Row, isNew: false, record: null, CancellationToken.None);
                break;
            case SessionEnded ended when _live.TryGetValue(ended.SessionId, out var live):
                await EndedAsync(live, ended);
                break;
        }
    }

    private async Task AssignedAsync(LiveChat live, SessionAssigned assigned)
    {
        var now = Now();
        var agent = assigned.AgentId;
        live.Ringing.Clear();
        live.QueuePosition = null;
        live.ServiceAcceptedAtMs = now;
        live.ServedBy.Add(agent);
        live.Row.AgentMailKey = agent;
        live.Row.State = ChatSessionState.Serving;
        live.Row.AcceptedAtMs ??= now;
        live.Row.LastVisitorActivityMs = now;
        await store.SaveAsync(live.Row, isNew: false, record: null, CancellationToken.None);
        var begun = await sessions.BeginSessionAsync(Key(agent), live.Id);
        if (!begun.Accepted) logger.LogInformation("Presence kept agent {Agent} as is for chat {Session}: {Refusal}", agent, live.Id, begun.Refusal);
        var view = View(live);
        if (assigned.AutoAccepted)
        {
            var offer = Offer(live, 0);
            ToAgent(agent, (n, key) => n.OfferedAsync(key, offer));
        }
        ToAgent(agent, (n, key) => n.AccessedAsync(key, view));
        ToVisitor(n => n.SessionChangedAsync(view));
        await PublishAsync(new ChatSessionEvent(ChatSessionEvents.Accepted, _sdkAppId, live.Id, now, live.Row.VisitorId, live.Row.SkillGroupId, AgentMail: MailOf(agent)));
    }

    private async Task EndedAsync(LiveChat live, SessionEnded ended)
    {
        var now = Now();
        var (closeBy, status) = live.PendingClose is { } pending
            ? (pending.CloseBy, pending.EndStatus ?? ImStatus(ended.Status))
            : (ChatCloser.Admin, ImStatus(ended.Status));
        var servingAgent = ended.Status == RoutingEndStatus.Completed ? ended.AgentId : null;
        var ringingAgents = live.Ringing.Keys.ToArray();
        var record = ServiceRecord(live, servingAgent, now, status);
        live.Ringing.Clear();
        live.QueuePosition = null;
        live.Row.State = ChatSessionState.Ended;
        live.Row.EndedAtMs = now;
        live.Row.EndStatus = status;
        live.Row.CloseBy = closeBy;
        live.Row.AwaitingCompletionBy = servingAgent;
        _live.Remove(live.Id);
        _openByVisitor.Remove(live.Row.VisitorId);
        await store.SaveAsync(live.Row, isNew: false, record, CancellationToken.None);

        var view = View(live);
        foreach (var agent in ringingAgents.Append(servingAgent))
        {
            if (agent is null) continue;
            var startedAt = agent == servingAgent ? live.ServiceAcceptedAtMs ?? now : live.RingStartedAtMs;
            var payload = new ChatEnded(live.Id, (now - startedAt) / 1000.0, closeBy, status);
            if (agent == servingAgent) WrapUpsOf(agent).Add(EndedView(live.Row));
            ToAgent(agent, (n, key) => n.EndedAsync(key, payload));
        }
        if (servingAgent is not null && _directory.Groups.TryGetValue(ended.SkillGroupId, out var group))
            await EndPresenceSessionAsync(servingAgent, live.Id, group.Settings.AfterCallWork);
        ToVisitor(n => n.SessionChangedAsync(view));
        await PublishAsync(new ChatSessionEvent(ChatSessionEvents.Ended, _sdkAppId, live.Id, now, live.Row.VisitorId, live.Row.SkillGroupId,
            AgentMail: servingAgent is null ? null : MailOf(servingAgent), EndStatus: status, CloseBy: closeBy));
    }

    /// <summary>IM EndStatus (spec B.5) for how routing ended a session.</summary>
    internal static int ImStatus(RoutingEndStatus status) => status switch
    {
        RoutingEndStatus.Completed => 1,
        RoutingEndStatus.CustomerLeftQueue or RoutingEndStatus.CustomerLeftRinging => 109,
        RoutingEndStatus.NoAgentAnswered => 17,
        // "No agent online" is the closest IM status for a queue that ran out of time without an offer.
        RoutingEndStatus.NoAgentOnline or RoutingEndStatus.QueueTimeout => 3,
        _ => 0,
    };

    private async Task EndIdleVisitorsAsync()
    {
        var now = Now();
        foreach (var live in _live.Values.ToList())
        {
            if (live.Row.State != ChatSessionState.Serving || IdleTimeoutOf(live) is not { } timeout) continue;
            if (now - live.Row.LastVisitorActivityMs < (long)timeout.TotalMilliseconds) continue;
            live.PendingClose = (ChatCloser.Timer, 108);
            await ApplyAsync(_engine.End(live.Id));
        }
    }

    private TimeSpan? IdleTimeoutOf(LiveChat live) =>
        _directory.Groups.TryGetValue(live.Row.SkillGroupId, out var group) && group.VisitorIdleTimeout > TimeSpan.Zero ? group.VisitorIdleTimeout : null;

    /// <summary>Sets the desk's one timer to the earliest of routing's next clock and the next visitor idle deadline.</summary>
    private void Rearm()
    {
        var due = _engine.NextDueAt();
        if (due is null || _nextDay < due) due = _nextDay;
        foreach (var live in _live.Values)
        {
            if (live.Row.State != ChatSessionState.Serving || IdleTimeoutOf(live) is not { } timeout) continue;
            var idleAt = DateTimeOffset.FromUnixTimeMilliseconds(live.Row.LastVisitorActivityMs) + timeout;
            if (due is null || idleAt < due) due = idleAt;
        }
        if (due == _timerDue) return;
        _timer?.Dispose();
        _timer = null;
        _timerDue = due;
        if (due is null) return;
        var generation = ++_timerGeneration;
        var self = _self;
        var log = logger;
        var delay = due.Value - time.GetUtcNow();
        // The callback goes through the grain's own reference, so it queues like any other call.
        _timer = time.CreateTimer(_ => self.WakeAsync(generation).ContinueWith(
                t => log.LogWarning(t.Exception, "Chat desk timer failed"), TaskContinuationOptions.OnlyOnFaulted),
            null, delay > TimeSpan.Zero ? delay : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    /// <summary>"Fewest sessions today" counts from the application's midnight (<c>Presence:TimeZone</c>).</summary>
    private async Task StartNewDayIfDueAsync()
    {
        if (time.GetUtcNow() < _nextDay) return;
        _nextDay = NextMidnight();
        await ApplyAsync(_engine.StartNewDay());
    }

    private DateTimeOffset NextMidnight() => dayClock.StartOfDay(time.GetUtcNow()).AddDays(1);

    /// <summary>Loads the application's chat groups and members and brings the engine in line with them.</summary>
    private async Task ReloadDirectoryAsync(CancellationToken cancellationToken)
    {
        var directory = await store.LoadDirectoryAsync(_sdkAppId, cancellationToken);
        _directory = directory;
        foreach (var group in directory.Groups.Values)
        {
            var configured = _engine.ConfigureSkillGroup(group.Settings);
            if (!configured.Accepted) logger.LogWarning("Chat group {Group} cannot be routed: {Refusal}", group.Id, configured.Refusal);
            await ApplyAsync(configured);
        }

        var wanted = new Dictionary<string, Dictionary<long, int>>(StringComparer.Ordinal);
        foreach (var group in directory.Groups.Values)
            foreach (var (mailKey, priority) in group.MemberPriorities)
                (wanted.TryGetValue(mailKey, out var groups) ? groups : wanted[mailKey] = [])[group.Id] = priority;

        foreach (var (mailKey, had) in _memberships)
            foreach (var groupId in had.Keys)
                if (!wanted.TryGetValue(mailKey, out var now) || !now.ContainsKey(groupId))
                    await ApplyAsync(_engine.LeaveSkillGroup(mailKey, groupId));

        foreach (var (mailKey, groups) in wanted)
        {
            var chatCapacity = groups.Keys.Max(id => directory.Groups[id].Settings.MaxConcurrency);
            await ApplyAsync(_engine.SetAgent(mailKey, new AgentCapacity(Voice: 1, Chat: chatCapacity)));
            foreach (var (groupId, priority) in groups)
                if (!_memberships.TryGetValue(mailKey, out var had) || had.GetValueOrDefault(groupId) != priority)
                    await ApplyAsync(_engine.JoinSkillGroup(mailKey, groupId, priority));
            if (!_presence.ContainsKey(mailKey))
            {
                var view = await presence.GetAsync(Key(mailKey));
                _presence[mailKey] = view.Status;
                await ApplyAsync(_engine.SetAvailability(mailKey, Availability(mailKey, view.Status)));
                // Free since presence says, not since this desk heard of them: longest idle survives a restart.
                // (The engine refuses a time in the future, which then changes nothing.)
                if (view.Status == AgentStatus.Free) await ApplyAsync(_engine.SetLastIdleAt(mailKey, view.Since));
            }
        }
        _memberships.Clear();
        foreach (var (mailKey, groups) in wanted) _memberships[mailKey] = groups;
        // Changes of agents outside every chat group are not followed (PresenceChangedAsync), so what is known of
        // them goes stale: forget it, and a later reload asks presence afresh if they join a group again.
        foreach (var mailKey in _presence.Keys.Where(key => !wanted.ContainsKey(key)).ToList()) _presence.Remove(mailKey);
    }

    /// <summary>
    /// "Fewest sessions today" counts what each agent took since the application's midnight, not since this desk
    /// woke: the finished services from the records, and the chats being served now (restored, so not yet recorded).
    /// </summary>
    private async Task RestoreSessionsTodayAsync(CancellationToken cancellationToken)
    {
        var since = dayClock.StartOfDay(time.GetUtcNow()).ToUnixTimeMilliseconds();
        var counts = await store.ServicesAcceptedSinceAsync(_sdkAppId, since, cancellationToken);
        foreach (var live in _live.Values)
            if (live.Row is { State: ChatSessionState.Serving, AgentMailKey: { } agent }) counts[agent] = counts.GetValueOrDefault(agent) + 1;
        foreach (var (agent, count) in counts)
            if (_engine.GetAgent(agent) is not null) await ApplyAsync(_engine.SetSessionsToday(agent, count));
    }

    /// <summary>Ended chats their agents had not completed when the desk last stopped go back to those agents' lists.</summary>
    private async Task RestoreAwaitingCompletionAsync(CancellationToken cancellationToken)
    {
        foreach (var row in await store.LoadAwaitingCompletionAsync(_sdkAppId, cancellationToken))
            WrapUpsOf(row.AwaitingCompletionBy!).Add(EndedView(row));
    }

    /// <summary>Sessions open when the desk last stopped go back to routing: waiting ones to their queue, served ones to their agent.</summary>
    private async Task RestoreOpenSessionsAsync(CancellationToken cancellationToken)
    {
        var open = await store.LoadOpenSessionsAsync(_sdkAppId, cancellationToken);
        // Served chats first: their agents' load must count before any waiting chat is offered.
        foreach (var row in open.OrderBy(r => r.State == ChatSessionState.Serving ? 0 : 1).ThenBy(r => r.CreatedAtMs))
        {
            var live = Track(new LiveChat(row, row.CreatedAtMs));
            if (row.State == ChatSessionState.Serving && row.AgentMailKey is { } agent)
            {
                live.ServedBy.Add(agent);
                live.ServiceAcceptedAtMs = row.AcceptedAtMs;
                var restored = _engine.RestoreAssigned(new SessionRequest(row.Id, row.SkillGroupId, row.VisitorId), agent);
                if (restored.Accepted) continue;
                live.PendingClose = (ChatCloser.Admin, 0);
                await EndedAsync(live, new SessionEnded(row.Id, row.SkillGroupId, RoutingEndStatus.Completed, agent));
                continue;
            }
            row.State = ChatSessionState.Queued;
            var result = _engine.Enqueue(new SessionRequest(row.Id, row.SkillGroupId, row.VisitorId));
            if (!result.Accepted)
            {
                live.PendingClose = (ChatCloser.Admin, 0);
                await EndedAsync(live, new SessionEnded(row.Id, row.SkillGroupId, RoutingEndStatus.QueueTimeout, null));
                continue;
            }
            await ApplyAsync(result);
        }
    }

    /// <summary>Presence as routing sees it: busy and routing's own after-call work still let the engine decide by capacity.</summary>
    private AgentAvailability Availability(string mailKey, AgentStatus status) => status switch
    {
        AgentStatus.Offline => AgentAvailability.Offline,
        AgentStatus.Free or AgentStatus.Busy => AgentAvailability.Available,
        AgentStatus.Arrange when _engine.GetAgent(mailKey) is { } agent && (agent.AfterCallWorkUntil is not null || agent.ChatLoad > 0) => AgentAvailability.Available,
        _ => AgentAvailability.Unavailable,
    };

    private static void Unring(LiveChat live, string agent)
    {
        live.Ringing.Remove(agent);
        if (live.Ringing.Count == 0 && live.Row.State == ChatSessionState.Ringing) live.Row.State = ChatSessionState.Queued;
    }

    private LiveChat Track(LiveChat live)
    {
        _live[live.Id] = live;
        _openByVisitor[live.Row.VisitorId] = live;
        return live;
    }

    private List<ChatSessionView> WrapUpsOf(string mailKey) =>
        _wrapUps.TryGetValue(mailKey, out var list) ? list : _wrapUps[mailKey] = [];

    private async Task EndPresenceSessionAsync(string mailKey, string sessionId, TimeSpan afterCallWork)
    {
        var outcome = await sessions.EndSessionAsync(Key(mailKey), sessionId, afterCallWork);
        if (!outcome.Accepted) logger.LogInformation("Presence of {Agent} not changed by the end of chat {Session}: {Refusal}", mailKey, sessionId, outcome.Refusal);
    }
}
