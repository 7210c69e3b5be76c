namespace Switchboard.Routing;

/// <summary>Why a session left routing. docs/routing.md maps each value to TCCC's IM and telephone end statuses.</summary>
public enum RoutingEndStatus
{
    /// <summary>An agent served the session and it ended (IM 1 normal; telephone 1 ok).</summary>
    Completed,
    /// <summary>The customer left while queued (IM 109 user ended; telephone 103 waitingGiveUp).</summary>
    CustomerLeftQueue,
    /// <summary>The customer left while an agent was being rung (IM 109 user ended; telephone 104 ringingGiveUp).</summary>
    CustomerLeftRinging,
    /// <summary>The group's maximum wait passed with no overflow left and no agent ever rung (IM 3; telephone 105).</summary>
    QueueTimeout,
    /// <summary>The maximum wait passed after agents were rung and none took it (IM 17 agent declined/abandoned).</summary>
    NoAgentAnswered,
    /// <summary>No member of the group was logged in when the session arrived (IM 3 no agent online; telephone 105 noSeatOnline).</summary>
    NoAgentOnline,
}
