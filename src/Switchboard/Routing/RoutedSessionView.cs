namespace Switchboard.Routing;

/// <summary>A session as routing sees it now.</summary>
/// <param name="QueuePosition">1-based place in the queue while <see cref="RoutingSessionState.Waiting"/>, else 0.</param>
/// <param name="AgentId">The agent ringing or serving it.</param>
public sealed record RoutedSessionView(
    string SessionId,
    long SkillGroupId,
    RoutingSessionState State,
    int Priority,
    DateTimeOffset EnqueuedAt,
    int QueuePosition,
    string? AgentId);
