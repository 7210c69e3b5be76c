namespace Switchboard.Routing;

/// <summary>The agent declined: the session is back at its place in the queue and will not be offered to them again in this group.</summary>
public sealed record OfferDeclined(string SessionId, string AgentId, long SkillGroupId) : RoutingOutcome;
