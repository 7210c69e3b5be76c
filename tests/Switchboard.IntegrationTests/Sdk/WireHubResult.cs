namespace Switchboard.IntegrationTests.Sdk;

/// <summary>HubResult as a hub client reads it off the wire.</summary>
public sealed record WireHubResult(bool Ok, string? ErrorMsg, WireAgentState State);
