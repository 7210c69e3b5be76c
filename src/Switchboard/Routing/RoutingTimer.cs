namespace Switchboard.Routing;

/// <summary>
/// A due clock for a session or an agent. Timers are never cancelled: the token is compared with the owner's
/// when the timer comes due, and a stale one is dropped.
/// </summary>
internal readonly record struct RoutingTimer(RoutingTimerKind Kind, string OwnerId, long Token);
