using Switchboard.Presence;

namespace Switchboard.Chat;

/// <summary>
/// The node-local door to online chat. The visitor hub, the agent hub, the attachment endpoints and the tests use
/// only this; behind it the application's routing grain decides who serves what, and every message is stored before
/// anyone is told about it.
/// </summary>
public interface IChatDesk
{
    /// <summary>
    /// The visitor's open session if one exists (a reload or a second tab finds its conversation), otherwise a new
    /// session queued in <see cref="ChatStartRequest.SkillGroupId"/>. Refused with <see cref="ChatRefusals.BadSkillGroup"/>
    /// for a group that does not exist or is not a chat group. A new session may end at once (IM EndStatus 3) when
    /// no member of the group is logged in.
    /// </summary>
    Task<ChatResult> StartAsync(ChatStartRequest request);

    /// <summary>The visitor's open (not ended) session, if any.</summary>
    Task<ChatSessionView?> FindOpenAsync(VisitorIdentity visitor);

    /// <summary>The session, if it belongs to the application and <paramref name="participant"/> is its visitor or one of its agents.</summary>
    Task<ChatSessionView?> GetAsync(long sdkAppId, string sessionId, ChatSender participant);

    /// <summary>
    /// Stores a message and delivers it to the other side. Text is limited to <see cref="ChatMessageTypes.MaxTextLength"/>
    /// characters; image and file messages carry the id of an attachment of this session. A repeated
    /// <paramref name="clientMessageId"/> answers the message already stored instead of storing it again.
    /// </summary>
    Task<(ChatResult Result, ChatMessageView? Message)> PostAsync(long sdkAppId, string sessionId, ChatSender from, string type, string content, string? clientMessageId);

    /// <summary>Messages of the session with an id above <paramref name="afterId"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ChatMessageView>> MessagesAsync(long sdkAppId, string sessionId, ChatSender participant, long afterId, int limit);

    /// <summary>A verified visitor's past sessions, newest first; empty for anonymous visitors.</summary>
    Task<IReadOnlyList<ChatSessionView>> VisitorHistoryAsync(VisitorIdentity visitor, int limit);

    /// <summary>Tells the other side that <paramref name="from"/> is (or stopped) typing; not stored.</summary>
    Task<ChatResult> TypingAsync(long sdkAppId, string sessionId, ChatSender from, bool typing);

    /// <summary>The agent takes a chat offered to them (<c>tccc.Chat.accept</c>).</summary>
    Task<ChatResult> AcceptAsync(AgentKey agent, string sessionId);

    /// <summary>The agent ends a chat they serve or that rings them (<c>tccc.Chat.end</c>); closeBy seat.</summary>
    Task<ChatResult> EndByAgentAsync(AgentKey agent, string sessionId);

    /// <summary>The visitor ends their session (closes the chat); closeBy client.</summary>
    Task<ChatResult> EndByVisitorAsync(VisitorIdentity visitor, string sessionId);

    /// <summary>
    /// The serving agent hands the chat to another skill group (queued there) or to one agent (offered to them)
    /// (<c>tccc.Chat.transfer</c>). The agent's service record ends with 101.
    /// </summary>
    Task<ChatResult> TransferAsync(AgentKey agent, string sessionId, long? skillGroupId, string? userId);

    /// <summary>The agent is done with an ended chat (<c>sessionCompleted</c>): it leaves their list and their after-call work for it ends.</summary>
    Task<ChatResult> CompleteAsync(AgentKey agent, string sessionId);

    /// <summary>The sessions the agent holds now (ringing, serving, or ended and not yet completed), for a workstation that (re)connects.</summary>
    Task<IReadOnlyList<ChatSessionView>> AgentSessionsAsync(AgentKey agent);

    /// <summary>
    /// Where the agent can transfer a chat: the online chat skill groups of their own application (with how many chats
    /// wait in each) and the agents of those groups with their presence, the agent themself left out.
    /// </summary>
    Task<TransferTargets> TransferTargetsAsync(AgentKey agent);
}
