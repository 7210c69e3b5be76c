namespace Switchboard.Routing;

/// <summary>The waiting session is now at <paramref name="Position"/> (1 = next) in its group's queue: tell the customer.</summary>
public sealed record QueuePositionChanged(string SessionId, long SkillGroupId, int Position) : RoutingOutcome;
