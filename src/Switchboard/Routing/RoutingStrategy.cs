namespace Switchboard.Routing;

/// <summary>How a skill group chooses among the agents able to take a waiting session.</summary>
/// <remarks>
/// Every strategy ends its comparison with "longest idle": the agent with the lighter load on the session's
/// channel first (on single-session voice channels every eligible agent has none), then the earliest
/// <see cref="RoutingAgentView.LastIdleAt"/>, then the agent id so that equal agents are chosen deterministically.
/// </remarks>
public enum RoutingStrategy
{
    /// <summary>The agent who has been free the longest.</summary>
    LongestIdle,
    /// <summary>The agent who has taken the fewest sessions today, then the longest idle.</summary>
    FewestSessionsToday,
    /// <summary>The agent with the best membership priority in the group (1 before 5), then the longest idle.</summary>
    AgentPriority,
}
