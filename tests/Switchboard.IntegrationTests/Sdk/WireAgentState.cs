namespace Switchboard.IntegrationTests.Sdk;

/// <summary>AgentState as a hub client reads it off the wire.</summary>
public sealed record WireAgentState(string Status, string? Reason, long Since);
