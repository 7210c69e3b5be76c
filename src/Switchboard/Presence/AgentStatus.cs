using Orleans;

namespace Switchboard.Presence;

/// <summary>
/// The states of an agent, as the Web SDK names them (<see cref="AgentStatusNames"/> gives the wire strings).
/// The server owns the state; clients only ask for transitions.
/// </summary>
[GenerateSerializer, Alias("Switchboard.Presence.AgentStatus")]
public enum AgentStatus
{
    /// <summary>No workstation connected (or forced offline); receives nothing.</summary>
    Offline,
    /// <summary>Available: routing may offer sessions.</summary>
    Free,
    /// <summary>In a session; set and cleared by the system, never by a request.</summary>
    Busy,
    /// <summary>After-call work; returns to free when its time is up or when the agent asks.</summary>
    Arrange,
    /// <summary>"Show busy": no routed sessions, may still dial out.</summary>
    NotReady,
    /// <summary>On a break with a reason from the application's list.</summary>
    Rest,
}
