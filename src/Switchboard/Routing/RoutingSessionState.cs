namespace Switchboard.Routing;

/// <summary>Where a session the engine still knows stands. An ended session is forgotten after its <see cref="SessionEnded"/>.</summary>
public enum RoutingSessionState
{
    /// <summary>In its skill group's queue.</summary>
    Waiting,
    /// <summary>Ringing one agent, who holds a reserved slot for it.</summary>
    Offered,
    /// <summary>Taken by an agent.</summary>
    Assigned,
}
