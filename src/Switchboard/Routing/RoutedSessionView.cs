namespace Switchboard.Routing;

/// <summary>A session as routing sees it now.</summary>
/// <param name="QueuePosition">1-based place in the queue while <see cref="RoutingSessionState.Waiting"/>, else 0.</param>
/// <param name="AgentId">The agent serving it, or the one agent ringing for it (null when a ring-all offer rings several).</param>
public sealed record RoutedSessionView(
    string SessionId,
    long SkillGroupId,
    RoutingSessionState State,
    int Priority,
    DateTimeOffset EnqueuedAt,
    int QueuePosition,
    string? AgentId)
{
    /// <summary>Every agent ringing for it now (several in a ring-all group).</summary>
    public IReadOnlyList<string> RingingAgentIds { get; init; } = [];
}
