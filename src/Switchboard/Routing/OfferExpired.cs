namespace Switchboard.Routing;

/// <summary>
/// The agent let the offer ring out: the session is back at its place in the queue and will not be offered to
/// this agent again in this group. With <paramref name="SetNotReady"/> the engine now treats the agent as
/// unavailable and the host sets their presence to notReady.
/// </summary>
public sealed record OfferExpired(string SessionId, string AgentId, long SkillGroupId, bool SetNotReady) : RoutingOutcome;
