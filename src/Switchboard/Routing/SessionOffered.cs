namespace Switchboard.Routing;

/// <summary>Ring <paramref name="AgentId"/> with the session until <paramref name="ExpiresAt"/>; the agent's slot is reserved for it.</summary>
public sealed record SessionOffered(string SessionId, string AgentId, long SkillGroupId, DateTimeOffset ExpiresAt) : RoutingOutcome;
