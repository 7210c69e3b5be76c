using System.Collections.Immutable;
using Orleans;
using Switchboard.Presence;
using Switchboard.Routing;
using Switchboard.Staff;

namespace Switchboard.Chat;

/// <summary>
/// One application's chat desk (see <see cref="IChatDeskGrain"/>). It hosts one <see cref="RoutingEngine"/> for
/// all of the application's chat groups rather than a grain per group: an agent's capacity spans every group they
/// belong to and overflow moves sessions between groups, so a single writer keeps "never offered beyond capacity"
/// true without cross-grain reservations. This file holds the requests; ChatDeskGrain.Routing.cs applies what the
/// engine decides.
/// </summary>
internal sealed partial class ChatDeskGrain(
    ChatStore store,
    ISessionPresence sessions,
    IPresenceDirectory presence,
    IEnumerable<IChatAgentNotifier> agentNotifiers,
    IEnumerable<IChatVisitorNotifier> visitorNotifiers,
    IEnumerable<IChatEventPublisher> publishers,
    PresenceOptions dayClock,
    TimeProvider time,
    ILogger<ChatDeskGrain> logger) : Grain, IChatDeskGrain
{
    private readonly Dictionary<string, LiveChat> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LiveChat> _openByVisitor = new(StringComparer.Ordinal);
    // Ended sessions an agent has not completed yet (sessionCompleted), newest last; the store keeps who still has
    // to complete what (ChatSession.AwaitingCompletionBy), so a restarted desk rebuilds it.
    private readonly Dictionary<string, List<ChatSessionView>> _wrapUps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentStatus> _presence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<long, int>> _memberships = new(StringComparer.Ordinal);
    private RoutingEngine _engine = null!;
    private DeskDirectory _directory = new(new Dictionary<long, DeskGroup>(), new Dictionary<string, DeskAgent>());
    private long _sdkAppId;
    private IChatDeskGrain _self = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _sdkAppId = this.GetPrimaryKeyLong();
        _self = this.AsReference<IChatDeskGrain>();
        _engine = new RoutingEngine(time);
        _nextDay = NextMidnight();
        await ReloadDirectoryAsync(cancellationToken);
        // Before the open sessions: one that cannot go back to its agent ends now and joins their list itself.
        await RestoreAwaitingCompletionAsync(cancellationToken);
        await RestoreOpenSessionsAsync(cancellationToken);
        await RestoreSessionsTodayAsync(cancellationToken);
        // The live sessions, the engine and the timer exist only in this activation.
        DelayDeactivation(Timeout.InfiniteTimeSpan);
        Rearm();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public async Task<ChatResult> StartAsync(ChatStartRequest request)
    {
        if (_openByVisitor.TryGetValue(request.Visitor.VisitorId, out var open)) return ChatResult.Ok(View(open));
        if (!_directory.Groups.TryGetValue(request.SkillGroupId, out var group))
            return ChatResult.Refused(ChatRefusals.BadSkillGroup, $"Skill group {request.SkillGroupId} is not an online chat group of this application.");

        var now = Now();
        var row = new ChatSession
        {
            Id = Guid.NewGuid().ToString(),
            SdkAppId = _sdkAppId,
            VisitorId = request.Visitor.VisitorId,
            VisitorVerified = request.Visitor.Verified,
            Nickname = string.IsNullOrWhiteSpace(request.Nickname) ? "Visitor" : request.Nickname.Trim(),
            Avatar = request.Avatar,
            ClientData = request.ClientData,
            PeerSource = request.PeerSource,
            ChannelName = request.ChannelName,
            FirstSkillGroupId = group.Id,
            SkillGroupId = group.Id,
            State = ChatSessionState.Queued,
            CreatedAtMs = now,
            LastVisitorActivityMs = now,
        };
        // The day's first chat may arrive before the midnight timer's call does.
        await StartNewDayIfDueAsync();
        var lastAgent = group.Settings.PreferLastAgent ? await LastAgentOfAsync(row.VisitorId) : null;
        await store.SaveAsync(row, isNew: true, record: null, CancellationToken.None);
        var live = Track(new LiveChat(row, now));
        await PublishAsync(new ChatSessionEvent(ChatSessionEvents.Started, _sdkAppId, row.Id, now, row.VisitorId, group.Id));

        var result = _engine.Enqueue(new SessionRequest(row.Id, group.Id, row.VisitorId, LastAgentId: lastAgent));
        if (!result.Accepted) logger.LogError("Routing refused new chat {Session}: {Refusal}", row.Id, result.Refusal);
        await ApplyAsync(result);
        return ChatResult.Ok(View(live));
    }

    public Task<ChatSessionView?> FindOpenAsync(string visitorId) =>
        Task.FromResult(_openByVisitor.TryGetValue(visitorId, out var live) ? View(live) : null);

    public async Task<ChatSessionView?> GetAsync(string sessionId, ChatSender participant)
    {
        if (_live.TryGetValue(sessionId, out var live)) return live.IsParticipant(participant) ? View(live) : null;
        if (await store.FindEndedAsync(_sdkAppId, sessionId, CancellationToken.None) is not { } ended) return null;
        var allowed = participant.Role switch
        {
            ChatParticipantRole.Visitor => ended.Session.VisitorId == participant.Id,
            ChatParticipantRole.Agent => ended.AgentMailKeys.Contains(participant.Id) || ended.Session.AgentMailKey == participant.Id,
            _ => false,
        };
        return allowed ? View(ended.Session) : null;
    }

    public async Task<ChatResult> CheckPostAsync(string sessionId, ChatSender from)
    {
        if (!_live.TryGetValue(sessionId, out var live))
            return await GetAsync(sessionId, from) is { } ended
                ? ChatResult.Refused(ChatRefusals.Ended, "The chat has ended.", ended)
                : NotFound(sessionId);
        if (!live.IsParticipant(from)) return NotFound(sessionId);
        if (from.Role == ChatParticipantRole.Agent && (live.Row.State != ChatSessionState.Serving || live.Row.AgentMailKey != from.Id))
            return ChatResult.Refused(ChatRefusals.NotYours, "Only the agent serving the chat can write to it; accept it first.", View(live));
        if (from.Role == ChatParticipantRole.Visitor) live.Row.LastVisitorActivityMs = Now();
        return ChatResult.Ok(View(live));
    }

    public async Task<ChatResult> AcceptAsync(string mailKey, string sessionId)
    {
        if (!_live.TryGetValue(sessionId, out var live)) return await EndedOrNotFoundAsync(sessionId, ChatSender.Agent(mailKey));
        if (live.Row.State == ChatSessionState.Serving && live.Row.AgentMailKey == mailKey) return ChatResult.Ok(View(live));
        var result = _engine.Accept(sessionId, mailKey);
        if (!result.Accepted) return ChatResult.Refused(ChatRefusals.NotYours, "The chat is not ringing you any more; it may have rung out or been withdrawn.", View(live));
        await ApplyAsync(result);
        return ChatResult.Ok(View(live));
    }

    public async Task<ChatResult> EndByAgentAsync(string mailKey, string sessionId)
    {
        if (!_live.TryGetValue(sessionId, out var live)) return await EndedOrNotFoundAsync(sessionId, ChatSender.Agent(mailKey));
        if (live.Ringing.ContainsKey(mailKey))
        {
            // Ending a chat that rings you is declining it: the visitor is not left without an agent.
            await ApplyAsync(_engine.Decline(sessionId, mailKey));
            return ChatResult.Ok(View(live));
        }
        if (live.Row.State != ChatSessionState.Serving || live.Row.AgentMailKey != mailKey)
            return ChatResult.Refused(ChatRefusals.NotYours, "You do not serve this chat.", live.IsParticipant(ChatSender.Agent(mailKey)) ? View(live) : null);
        live.PendingClose = (ChatCloser.Seat, null);
        await ApplyAsync(_engine.End(sessionId));
        return ChatResult.Ok(View(live));
    }

    public async Task<ChatResult> EndByVisitorAsync(string visitorId, string sessionId)
    {
        if (!_live.TryGetValue(sessionId, out var live) || live.Row.VisitorId != visitorId)
            return await EndedOrNotFoundAsync(sessionId, ChatSender.Visitor(visitorId));
        live.PendingClose = (ChatCloser.Client, null);
        await ApplyAsync(_engine.End(sessionId));
        return ChatResult.Ok(View(live));
    }

    public async Task<ChatResult> TransferAsync(string mailKey, string sessionId, long? skillGroupId, string? userId)
    {
        if (!_live.TryGetValue(sessionId, out var live)) return await EndedOrNotFoundAsync(sessionId, ChatSender.Agent(mailKey));
        if (live.Row.State != ChatSessionState.Serving || live.Row.AgentMailKey != mailKey)
            return ChatResult.Refused(ChatRefusals.NotYours, "Only the agent serving the chat can transfer it.");
        if (TransferTarget(live, mailKey, skillGroupId, userId) is not { } target)
            return ChatResult.Refused(ChatRefusals.BadTransferTarget, TransferProblem(mailKey, skillGroupId, userId), View(live));

        var result = _engine.Transfer(sessionId, target.Group.Id, target.AgentMailKey);
        if (!result.Accepted) return ChatResult.Refused(ChatRefusals.BadTransferTarget, result.Refusal ?? "The transfer was refused.", View(live));

        var now = Now();
        var record = ServiceRecord(live, mailKey, now, endStatus: 101);
        live.Row.AgentMailKey = null;
        live.Row.State = ChatSessionState.Queued;
        live.Row.SkillGroupId = target.Group.Id;
        live.ServiceStartedAtMs = now;
        live.ServiceAcceptedAtMs = null;
        await store.SaveAsync(live.Row, isNew: false, record, CancellationToken.None);
        await EndPresenceSessionAsync(mailKey, sessionId, TimeSpan.Zero);
        var targetMail = target.AgentMailKey is null ? null : MailOf(target.AgentMailKey);
        ToAgent(mailKey, (n, key) => n.TransferredAsync(key, sessionId, skillGroupId ?? target.Group.Id, targetMail));
        await PublishAsync(new ChatSessionEvent(ChatSessionEvents.Transferred, _sdkAppId, sessionId, now, live.Row.VisitorId, target.Group.Id,
            AgentMail: MailOf(mailKey), TargetSkillGroupId: target.Group.Id, TargetAgentMail: targetMail));
        await ApplyAsync(result);
        ToVisitor(n => n.SessionChangedAsync(View(live)));
        return ChatResult.Ok(View(live));
    }

    public async Task<ChatResult> CompleteAsync(string mailKey, string sessionId)
    {
        var ended = _wrapUps.GetValueOrDefault(mailKey);
        var index = ended?.FindIndex(v => v.SessionId == sessionId) ?? -1;
        if (ended is null || index < 0)
        {
            return _live.TryGetValue(sessionId, out var live) && live.Row.AgentMailKey == mailKey
                ? ChatResult.Refused(ChatRefusals.NotYours, "The chat is still going on; end it before completing it.", View(live))
                : NotFound(sessionId);
        }
        // Stored first: a completion the store did not take leaves the chat in the list, as the agent will see after a restart.
        await store.MarkCompletedAsync(_sdkAppId, sessionId, CancellationToken.None);
        var view = ended[index];
        ended.RemoveAt(index);
        if (ended.Count == 0)
        {
            _wrapUps.Remove(mailKey);
            // Completing the last ended chat is the agent saying the after-call work is done.
            if (_engine.GetAgent(mailKey)?.AfterCallWorkUntil is not null) await ApplyAsync(_engine.EndAfterCallWork(mailKey));
            if (_presence.GetValueOrDefault(mailKey) == AgentStatus.Arrange)
                await presence.RequestAsync(Key(mailKey), new PresenceRequest("free", null, PresenceSource.System));
        }
        ToAgent(mailKey, (n, key) => n.CompletedAsync(key, sessionId));
        return ChatResult.Ok(view);
    }

    public Task<ImmutableArray<ChatSessionView>> AgentSessionsAsync(string mailKey)
    {
        var held = _live.Values.Where(l => l.Ringing.ContainsKey(mailKey) || (l.Row.State == ChatSessionState.Serving && l.Row.AgentMailKey == mailKey))
            .OrderBy(l => l.Row.CreatedAtMs)
            .Select(l => View(l, mailKey));
        var ended = _wrapUps.TryGetValue(mailKey, out var list) ? list : [];
        return Task.FromResult(held.Concat(ended).ToImmutableArray());
    }

    public async Task PresenceChangedAsync(string mailKey, AgentStatus status)
    {
        if (!_directory.Agents.ContainsKey(mailKey)) return;
        var was = _presence.GetValueOrDefault(mailKey, AgentStatus.Offline);
        _presence[mailKey] = status;
        if (was == status) return;
        // Asking to be free during after-call work ends it for routing too.
        if (status == AgentStatus.Free && _engine.GetAgent(mailKey)?.AfterCallWorkUntil is not null)
            await ApplyAsync(_engine.EndAfterCallWork(mailKey));
        await ApplyAsync(_engine.SetAvailability(mailKey, Availability(mailKey, status)));
    }

    public async Task StaffChangedAsync()
    {
        await ReloadDirectoryAsync(CancellationToken.None);
        Rearm();
    }

    private async Task<ChatResult> EndedOrNotFoundAsync(string sessionId, ChatSender who) =>
        await GetAsync(sessionId, who) is { } ended
            ? ChatResult.Refused(ChatRefusals.Ended, "The chat has ended.", ended)
            : NotFound(sessionId);

    private static ChatResult NotFound(string sessionId) =>
        ChatResult.Refused(ChatRefusals.NotFound, $"There is no chat {sessionId} of yours in this application.");

    private (DeskGroup Group, string? AgentMailKey)? TransferTarget(LiveChat live, string fromMailKey, long? skillGroupId, string? userId)
    {
        string? targetKey = null;
        if (!string.IsNullOrWhiteSpace(userId))
        {
            targetKey = AgentDirectory.MailKey(userId.Trim());
            if (targetKey == fromMailKey || !_directory.Agents.ContainsKey(targetKey)) return null;
            if (_presence.GetValueOrDefault(targetKey, AgentStatus.Offline) == AgentStatus.Offline) return null;
        }
        if (skillGroupId is { } id)
        {
            if (!_directory.Groups.TryGetValue(id, out var group)) return null;
            return targetKey is null || group.MemberPriorities.ContainsKey(targetKey) ? (group, targetKey) : null;
        }
        if (targetKey is null) return null;
        // To an agent without a group: the chat's own group if they belong to it, else their first chat group.
        if (_directory.Groups.TryGetValue(live.Row.SkillGroupId, out var current) && current.MemberPriorities.ContainsKey(targetKey)) return (current, targetKey);
        var theirs = _directory.Groups.Values.OrderBy(g => g.Id).FirstOrDefault(g => g.MemberPriorities.ContainsKey(targetKey));
        return theirs is null ? null : (theirs, targetKey);
    }

    private string TransferProblem(string fromMailKey, long? skillGroupId, string? userId)
    {
        if (skillGroupId is null && string.IsNullOrWhiteSpace(userId)) return "Name a skill group (skillGroupId) or an agent (userId) to transfer to.";
        if (skillGroupId is { } id && !_directory.Groups.ContainsKey(id)) return $"Skill group {id} is not an online chat group of this application.";
        if (!string.IsNullOrWhiteSpace(userId))
        {
            var key = AgentDirectory.MailKey(userId.Trim());
            if (key == fromMailKey) return "You cannot transfer a chat to yourself.";
            if (!_directory.Agents.ContainsKey(key)) return $"{userId} is not a member of any online chat group.";
            if (_presence.GetValueOrDefault(key, AgentStatus.Offline) == AgentStatus.Offline) return $"{userId} is not logged in.";
            return $"{userId} is not a member of skill group {skillGroupId}.";
        }
        return "The transfer target cannot take the chat.";
    }

    private async Task<string?> LastAgentOfAsync(string visitorId)
    {
        var earlier = await store.VisitorSessionsAsync(_sdkAppId, visitorId, 5, CancellationToken.None);
        return earlier.FirstOrDefault(s => s.AgentMailKey is not null)?.AgentMailKey;
    }
}
