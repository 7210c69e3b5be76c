namespace Switchboard.Routing;

/// <summary>The session waited the maximum in one group and now waits in another, keeping its priority and arrival order.</summary>
public sealed record SessionOverflowed(string SessionId, long FromSkillGroupId, long ToSkillGroupId) : RoutingOutcome;
