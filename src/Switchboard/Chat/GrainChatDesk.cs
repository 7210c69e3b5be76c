using Orleans;
using Switchboard.Presence;
using Switchboard.Staff;

namespace Switchboard.Chat;

/// <summary>
/// <see cref="IChatDesk"/> over the applications' desk grains. Session decisions go to the grain; messages are
/// checked by the grain, then stored and delivered here, so a busy application's chats do not queue behind each
/// other's database writes.
/// </summary>
internal sealed class GrainChatDesk(
    IGrainFactory grains,
    ChatStore store,
    IEnumerable<IChatAgentNotifier> agentNotifiers,
    IEnumerable<IChatVisitorNotifier> visitorNotifiers,
    TimeProvider time,
    ILogger<GrainChatDesk> logger) : IChatDesk
{
    public Task<ChatResult> StartAsync(ChatStartRequest request) =>
        VisitorProblem(request) is { } problem
            ? Task.FromResult(ChatResult.Refused(ChatRefusals.BadVisitor, problem))
            : Desk(request.Visitor.SdkAppId).StartAsync(request);

    /// <summary>Why the visitor's details cannot be stored as they are, or null (the limits of <c>ChatModel</c>).</summary>
    internal static string? VisitorProblem(ChatStartRequest request) =>
        Longer(request.Visitor.VisitorId, VisitorLimits.MaxVisitorIdLength, "The visitor id")
        ?? Longer(request.Nickname, VisitorLimits.MaxNicknameLength, "nickname")
        ?? Longer(request.Avatar, VisitorLimits.MaxAvatarLength, "avatar")
        ?? Longer(request.ClientData, VisitorLimits.MaxClientDataLength, "clientData")
        ?? Longer(request.PeerSource, VisitorLimits.MaxPeerSourceLength, "The page address")
        ?? Longer(request.ChannelName, VisitorLimits.MaxChannelLength, "channel")
        ?? (string.IsNullOrEmpty(request.Visitor.VisitorId) ? "The visitor id is missing." : null);

    private static string? Longer(string? value, int limit, string name) =>
        value is not null && value.Length > limit ? $"{name} holds at most {limit} characters; this one has {value.Length}." : null;

    public Task<ChatSessionView?> FindOpenAsync(VisitorIdentity visitor) => Desk(visitor.SdkAppId).FindOpenAsync(visitor.VisitorId);

    public Task<ChatSessionView?> GetAsync(long sdkAppId, string sessionId, ChatSender participant) =>
        Desk(sdkAppId).GetAsync(sessionId, Normalize(participant));

    public async Task<(ChatResult Result, ChatMessageView? Message)> PostAsync(long sdkAppId, string sessionId, ChatSender from, string type, string content, string? clientMessageId)
    {
        from = Normalize(from);
        if (MessageProblem(type, content, clientMessageId) is { } problem) return (ChatResult.Refused(ChatRefusals.BadMessage, problem), null);
        var check = await Desk(sdkAppId).CheckPostAsync(sessionId, from);
        if (!check.Accepted) return (check, null);

        ChatAttachment? attachment = null;
        if (type is ChatMessageTypes.Image or ChatMessageTypes.File)
        {
            var found = await store.AttachmentsAsync(sessionId, [content], CancellationToken.None);
            if (!found.TryGetValue(content, out attachment))
                return (ChatResult.Refused(ChatRefusals.BadMessage, "The attachment does not exist or belongs to another chat; upload it to this chat first."), null);
            if (type == ChatMessageTypes.Image && !attachment.IsImage)
                return (ChatResult.Refused(ChatRefusals.BadMessage, "The attachment is not an image; send it as a file."), null);
        }

        var stored = await store.AppendMessageAsync(new ChatMessage
        {
            SdkAppId = sdkAppId,
            SessionId = sessionId,
            TimestampMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            SenderRole = from.Role,
            Sender = from.Id,
            Type = type,
            Content = type == ChatMessageTypes.Text ? content : content.Trim(),
            ClientMessageId = clientMessageId,
        }, CancellationToken.None);
        var message = View(stored, attachment);
        Deliver(sdkAppId, check.Session!, message);
        return (ChatResult.Ok(check.Session), message);
    }

    public async Task<IReadOnlyList<ChatMessageView>> MessagesAsync(long sdkAppId, string sessionId, ChatSender participant, long afterId, int limit)
    {
        if (await GetAsync(sdkAppId, sessionId, participant) is null) return [];
        var messages = await store.MessagesAsync(sessionId, Math.Max(0, afterId), Math.Clamp(limit, 1, 500), CancellationToken.None);
        var ids = messages.Where(m => m.Type is ChatMessageTypes.Image or ChatMessageTypes.File).Select(m => m.Content).ToList();
        var attachments = await store.AttachmentsAsync(sessionId, ids, CancellationToken.None);
        return messages.Select(m => View(m, attachments.GetValueOrDefault(m.Content))).ToList();
    }

    public async Task<IReadOnlyList<ChatSessionView>> VisitorHistoryAsync(VisitorIdentity visitor, int limit)
    {
        // Anonymous ids live in one browser's storage; only a business-signed identity may see across devices.
        if (!visitor.Verified) return [];
        var rows = await store.VisitorSessionsAsync(visitor.SdkAppId, visitor.VisitorId, Math.Clamp(limit, 1, 100), CancellationToken.None);
        var views = new List<ChatSessionView>(rows.Count);
        foreach (var row in rows)
            if (await GetAsync(visitor.SdkAppId, row.Id, ChatSender.Visitor(visitor.VisitorId)) is { } view) views.Add(view);
        return views;
    }

    public async Task<ChatResult> TypingAsync(long sdkAppId, string sessionId, ChatSender from, bool typing)
    {
        from = Normalize(from);
        var check = await Desk(sdkAppId).CheckPostAsync(sessionId, from);
        if (!check.Accepted) return check;
        var session = check.Session!;
        if (from.Role == ChatParticipantRole.Agent)
        {
            foreach (var notifier in visitorNotifiers) Observe(notifier.TypingAsync(sessionId, typing));
        }
        else if (session.State == ChatSessionState.Serving && session.AgentMail is { } mail)
        {
            var agent = new AgentKey(sdkAppId, AgentDirectory.MailKey(mail));
            foreach (var notifier in agentNotifiers) Observe(notifier.TypingAsync(agent, sessionId, typing));
        }
        return check;
    }

    public Task<ChatResult> AcceptAsync(AgentKey agent, string sessionId) => Desk(agent.SdkAppId).AcceptAsync(agent.MailKey, sessionId);

    public Task<ChatResult> EndByAgentAsync(AgentKey agent, string sessionId) => Desk(agent.SdkAppId).EndByAgentAsync(agent.MailKey, sessionId);

    public Task<ChatResult> EndByVisitorAsync(VisitorIdentity visitor, string sessionId) => Desk(visitor.SdkAppId).EndByVisitorAsync(visitor.VisitorId, sessionId);

    public Task<ChatResult> TransferAsync(AgentKey agent, string sessionId, long? skillGroupId, string? userId) =>
        Desk(agent.SdkAppId).TransferAsync(agent.MailKey, sessionId, skillGroupId, userId);

    public Task<ChatResult> CompleteAsync(AgentKey agent, string sessionId) => Desk(agent.SdkAppId).CompleteAsync(agent.MailKey, sessionId);

    public async Task<IReadOnlyList<ChatSessionView>> AgentSessionsAsync(AgentKey agent) => await Desk(agent.SdkAppId).AgentSessionsAsync(agent.MailKey);

    public Task<TransferTargets> TransferTargetsAsync(AgentKey agent) => Desk(agent.SdkAppId).TransferTargetsAsync(agent.MailKey);

    /// <summary>Why a message cannot be sent as it is, or null.</summary>
    internal static string? MessageProblem(string? type, string? content, string? clientMessageId)
    {
        if (ChatMessageTypes.Problem(type, content) is { } problem) return problem;
        if (clientMessageId is not null && (clientMessageId.Length == 0 || clientMessageId.Length > VisitorLimits.MaxClientMessageIdLength))
            return $"clientMessageId must be 1 to {VisitorLimits.MaxClientMessageIdLength} characters.";
        return null;
    }

    private void Deliver(long sdkAppId, ChatSessionView session, ChatMessageView message)
    {
        foreach (var notifier in visitorNotifiers) Observe(notifier.MessageAsync(message));
        if (session.State != ChatSessionState.Serving || session.AgentMail is not { } mail) return;
        var agent = new AgentKey(sdkAppId, AgentDirectory.MailKey(mail));
        foreach (var notifier in agentNotifiers) Observe(notifier.MessageAsync(agent, message));
    }

    private void Observe(Task delivery) =>
        delivery.ContinueWith(t => logger.LogWarning(t.Exception, "A chat delivery failed"), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private static ChatMessageView View(ChatMessage m, ChatAttachment? a) => new(
        m.Id, m.SessionId, m.TimestampMs, m.SenderRole, m.Sender, m.Type, m.Content, m.ClientMessageId,
        a is null ? null : new ChatAttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.IsImage));

    // Agents are keyed by their lower-cased mail everywhere; a caller passing "Ann@X" means the same agent.
    private static ChatSender Normalize(ChatSender sender) =>
        sender.Role == ChatParticipantRole.Agent ? ChatSender.Agent(AgentDirectory.MailKey(sender.Id)) : sender;

    private IChatDeskGrain Desk(long sdkAppId) => grains.GetGrain<IChatDeskGrain>(sdkAppId);
}
