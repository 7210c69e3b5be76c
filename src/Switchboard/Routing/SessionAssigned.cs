namespace Switchboard.Routing;

/// <summary>The agent has the session: connect them (busy in presence).</summary>
/// <param name="AutoAccepted">True when the group's auto-accept took it without ringing.</param>
public sealed record SessionAssigned(string SessionId, string AgentId, long SkillGroupId, bool AutoAccepted) : RoutingOutcome;
