namespace Switchboard.Routing;

/// <summary>
/// What routing needs to know of an agent's presence. The host maps presence onto it: free is
/// <see cref="Available"/>; notReady and rest are <see cref="Unavailable"/>; offline is <see cref="Offline"/>.
/// Busy and after-call work caused by routing's own sessions are tracked by the engine and must not be reported
/// as unavailability, or a chat agent with room for more sessions would receive none.
/// </summary>
public enum AgentAvailability
{
    /// <summary>Not logged in: receives nothing and does not count as online for "no agent online".</summary>
    Offline,
    /// <summary>Logged in but not taking sessions (notReady, rest).</summary>
    Unavailable,
    /// <summary>Taking sessions up to their capacity.</summary>
    Available,
}
