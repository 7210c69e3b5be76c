namespace Switchboard.Routing;

/// <summary>The clocks the engine keeps.</summary>
internal enum RoutingTimerKind
{
    /// <summary>An offer rang out.</summary>
    RingTimeout,
    /// <summary>A session waited the group's maximum.</summary>
    MaxWait,
    /// <summary>A session stops waiting for its last agent.</summary>
    LastAgentWait,
    /// <summary>An agent's after-call work is over.</summary>
    AfterCallWork,
}
