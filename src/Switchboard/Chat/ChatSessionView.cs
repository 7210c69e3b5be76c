using Orleans;

namespace Switchboard.Chat;

/// <summary>A chat session as its participants see it now.</summary>
/// <param name="SessionId">TCCC's <c>sessionId</c>.</param>
/// <param name="QueuePosition">1 = next, while queued; null otherwise.</param>
/// <param name="AgentMail">The serving (or rung) agent's mail, if any.</param>
/// <param name="AgentName">The serving agent's display name, for the visitor.</param>
/// <param name="EndStatus">IM EndStatus (spec B.5) once ended.</param>
/// <param name="CloseBy"><see cref="ChatCloser"/> value once ended.</param>
/// <param name="RingUntilMs">
/// Unix milliseconds when the offer stops ringing the agent the view was made for (their <c>ChatSessions</c>); null
/// when it does not ring them, and in every view for the visitor.
/// </param>
/// <param name="RingSecondsLeft">
/// The same deadline as whole seconds left when the view was made, as a <c>callIn</c> sent then would have said it:
/// a page whose clock differs from the server's counts down from this.
/// </param>
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
    string? CloseBy,
    long? RingUntilMs = null,
    int? RingSecondsLeft = null);
