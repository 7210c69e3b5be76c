namespace Switchboard.Routing;

/// <summary>The agent finished a session and does after-call work (<c>arrange</c>) until <paramref name="Until"/>; no offers meanwhile.</summary>
public sealed record AfterCallWorkStarted(string AgentId, DateTimeOffset Until) : RoutingOutcome;
