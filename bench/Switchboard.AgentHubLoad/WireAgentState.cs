namespace Switchboard.AgentHubLoad;

/// <summary>AgentState as the hub sends it.</summary>
internal sealed record WireAgentState(string Status, string? Reason, long Since);
