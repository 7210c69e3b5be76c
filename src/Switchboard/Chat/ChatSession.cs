namespace Switchboard.Chat;

/// <summary>
/// One visitor conversation, from the first message to its end: the TCCC <c>SessionId</c> of an online chat.
/// It may be served by several agents in turn (transfer); each service is a <see cref="ChatServiceRecord"/>.
/// </summary>
public sealed class ChatSession
{
    /// <summary>A UUID string, as TCCC session ids are.</summary>
    public required string Id { get; set; }
    public long SdkAppId { get; set; }
    /// <summary>The visitor's id (<c>ClientUserId</c>): issued by the server for anonymous visitors, the business's <c>Uid</c> for signed ones.</summary>
    public required string VisitorId { get; set; }
    /// <summary>True when the visitor proved <see cref="VisitorId"/> with a UserSig from <c>CreateUserSig</c>.</summary>
    public bool VisitorVerified { get; set; }
    public required string Nickname { get; set; }
    public string? Avatar { get; set; }
    /// <summary>Free text the host page passed for the agent (<c>clientData</c> of <c>callIn</c>).</summary>
    public string? ClientData { get; set; }
    /// <summary>Where the visitor came from (the host page's origin or the hosted chat page).</summary>
    public string? PeerSource { get; set; }
    /// <summary>The widget's <c>data-channel</c> (<c>channelName</c> of <c>callIn</c>).</summary>
    public string? ChannelName { get; set; }
    /// <summary>The skill group the session entered first.</summary>
    public long FirstSkillGroupId { get; set; }
    /// <summary>The skill group serving or queuing the session now.</summary>
    public long SkillGroupId { get; set; }
    /// <summary>The lower-cased mail of the agent serving it now, if any.</summary>
    public string? AgentMailKey { get; set; }
    public ChatSessionState State { get; set; }
    /// <summary>Unix milliseconds.</summary>
    public long CreatedAtMs { get; set; }
    /// <summary>Unix milliseconds of the first agent's accept.</summary>
    public long? AcceptedAtMs { get; set; }
    /// <summary>Unix milliseconds.</summary>
    public long? EndedAtMs { get; set; }
    /// <summary>IM EndStatus (spec B.5) once ended.</summary>
    public int? EndStatus { get; set; }
    /// <summary><c>closeBy</c> of <c>sessionEnded</c>: client, seat, admin or timer.</summary>
    public string? CloseBy { get; set; }
    /// <summary>Unix milliseconds of the visitor's last message or connection, for the idle timeout.</summary>
    public long LastVisitorActivityMs { get; set; }
    /// <summary>
    /// The lower-cased mail of the agent who served the session when it ended, until they complete it
    /// (<c>sessionCompleted</c>); null before the end, after completion, and for sessions that ended unserved.
    /// </summary>
    public string? AwaitingCompletionBy { get; set; }
}
