namespace Switchboard.Routing;

/// <summary>
/// Something the host must apply or publish after an engine call: ring an agent, tell a visitor their queue
/// position, set an agent notReady, write a record. Outcomes come in the order they happened.
/// </summary>
public abstract record RoutingOutcome;
