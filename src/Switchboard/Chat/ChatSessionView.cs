using Orleans;

namespace Switchboard.Chat;

/// <summary>A chat session as its participants see it now.</summary>
/// <param name="SessionId">TCCC's <c>sessionId</c>.</param>
/// <param name="QueuePosition">1 = next, while queued; null otherwise.</param>
/// <param name="AgentMail">The serving (or rung) agent's mail, if any.</param>
/// <param name="AgentName">The serving agent's display name, for the visitor.</param>
/// <param name="EndStatus">IM EndStatus (spec B.5) once ended.</param>
/// <param name="CloseBy"><see cref="ChatCloser"/> value once ended.</param>
[GenerateSerializer, Immutable, Alias("Switchboard.Chat.ChatSessionView")]
public sealed record ChatSessionView(
    string SessionId,
    long SdkAppId,
    string VisitorId,
    string Nickname,
    string? Avatar,
    string? ClientData,
    string? PeerSource,
    string? ChannelName,
    long SkillGroupId,
    ChatSessionState State,
    int? QueuePosition,
    string? AgentMail,
    string? AgentName,
    long CreatedAtMs,
    long? AcceptedAtMs,
    long? EndedAtMs,
    int? EndStatus,
    string? CloseBy);
