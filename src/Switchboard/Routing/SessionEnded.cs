namespace Switchboard.Routing;

/// <summary>The session left routing with <paramref name="Status"/>; the engine forgets it.</summary>
/// <param name="AgentId">The agent who served or was ringing it, if any.</param>
public sealed record SessionEnded(string SessionId, long SkillGroupId, RoutingEndStatus Status, string? AgentId) : RoutingOutcome;
