namespace Switchboard.Routing;

/// <summary>The <c>RoutePolicy</c> names skill groups carry, and the strategies they stand for.</summary>
public static class RoutePolicies
{
    /// <summary><see cref="RoutingStrategy.LongestIdle"/>, every group's default.</summary>
    public const string LongestIdle = "ROUTE_POLICY_LONGEST_IDLE";
    /// <summary><see cref="RoutingStrategy.FewestSessionsToday"/>.</summary>
    public const string FewestSessionsToday = "ROUTE_POLICY_FEWEST_SESSIONS_TODAY";
    /// <summary><see cref="RoutingStrategy.AgentPriority"/>.</summary>
    public const string AgentPriority = "ROUTE_POLICY_AGENT_PRIORITY";

    /// <summary>The strategy a stored name stands for; an unknown name routes longest idle.</summary>
    public static RoutingStrategy Parse(string? name) => name switch
    {
        FewestSessionsToday => RoutingStrategy.FewestSessionsToday,
        AgentPriority => RoutingStrategy.AgentPriority,
        _ => RoutingStrategy.LongestIdle,
    };

    /// <summary>True for a name <see cref="Parse"/> knows.</summary>
    public static bool IsKnown(string? name) => name is LongestIdle or FewestSessionsToday or AgentPriority;
}
