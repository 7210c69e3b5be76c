namespace Switchboard.Routing;

/// <summary>The agent's after-call work is over: free again (the host sets presence free).</summary>
public sealed record AfterCallWorkEnded(string AgentId) : RoutingOutcome;
