namespace Switchboard.Routing;

/// <summary>An agent as routing sees it now.</summary>
/// <param name="AfterCallWorkUntil">When after-call work ends, or null when the agent is not in it.</param>
/// <param name="LastIdleAt">When the agent last became available or finished a session (or its after-call work).</param>
/// <param name="VoiceLoad">Phone, audio and video sessions ringing or assigned.</param>
/// <param name="ChatLoad">Chats ringing or assigned.</param>
public sealed record RoutingAgentView(
    string AgentId,
    AgentAvailability Availability,
    DateTimeOffset? AfterCallWorkUntil,
    DateTimeOffset LastIdleAt,
    int SessionsToday,
    int VoiceLoad,
    int ChatLoad);
