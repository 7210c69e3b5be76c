namespace Switchboard.Routing;

/// <summary>
/// The ringing agent became unavailable or left the group: stop ringing. The session is back at its place in
/// the queue; the agent may be offered it again later.
/// </summary>
public sealed record OfferWithdrawn(string SessionId, string AgentId, long SkillGroupId) : RoutingOutcome;
