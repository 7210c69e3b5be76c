namespace Switchboard.AgentHubLoad;

/// <summary>HubResult as the hub answers it.</summary>
internal sealed record WireHubResult(bool Ok, string? ErrorMsg, WireAgentState State);
