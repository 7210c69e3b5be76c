namespace Switchboard.Chat;

/// <summary>
/// A change of a chat session the business hears about through its webhook: the session started (entered the
/// queue), was accepted by an agent, was transferred, ended, or was rated by its visitor.
/// </summary>
/// <param name="Event"><see cref="ChatSessionEvents"/>.</param>
/// <param name="EventTimeMs">Unix milliseconds.</param>
/// <param name="AgentMail">The agent concerned (who accepted, who transferred, who served last).</param>
/// <param name="TargetSkillGroupId">For a transfer: the group it went to.</param>
/// <param name="TargetAgentMail">For a transfer: the agent it went to.</param>
/// <param name="EndStatus">For an end: IM EndStatus.</param>
/// <param name="CloseBy">For an end: <see cref="ChatCloser"/>.</param>
/// <param name="Satisfaction">For a rating: the visitor's answer.</param>
public sealed record ChatSessionEvent(
    string Event,
    long SdkAppId,
    string SessionId,
    long EventTimeMs,
    string VisitorId,
    long SkillGroupId,
    string? AgentMail = null,
    long? TargetSkillGroupId = null,
    string? TargetAgentMail = null,
    int? EndStatus = null,
    string? CloseBy = null,
    Satisfaction.SatisfactionChoice? Satisfaction = null);
