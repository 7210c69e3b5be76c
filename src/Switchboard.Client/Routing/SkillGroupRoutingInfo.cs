namespace Switchboard.Client;

/// <summary>
/// How a skill group routes (a Switchboard extension; TCCC sets these in its console). Every member is present in
/// answers; in <see cref="ModifySkillGroupRoutingRequest"/> a null member keeps its current value.
/// </summary>
public sealed record SkillGroupRoutingInfo
{
    /// <summary>The skill group.</summary>
    public long SkillGroupId { get; init; }

    /// <summary><c>ROUTE_POLICY_LONGEST_IDLE</c>, <c>ROUTE_POLICY_FEWEST_SESSIONS_TODAY</c> or <c>ROUTE_POLICY_AGENT_PRIORITY</c>.</summary>
    public string? RoutePolicy { get; init; }

    /// <summary>1 = offer a returning customer to the agent who served them last.</summary>
    public long? UsingLastSeat { get; init; }

    /// <summary>Seconds an offer rings before it passes to the next agent (1–600).</summary>
    public long? RingTimeoutSeconds { get; init; }

    /// <summary>An agent who lets an offer ring out becomes notReady.</summary>
    public bool? NotReadyOnNoAnswer { get; init; }

    /// <summary>Offers are taken at once, without ringing.</summary>
    public bool? AutoAccept { get; init; }

    /// <summary>Seconds of after-call work after each session (0–86400; 0 = free at once).</summary>
    public long? AfterCallWorkSeconds { get; init; }

    /// <summary>Seconds a session may wait before it overflows or ends (0 = no limit).</summary>
    public long? MaxWaitSeconds { get; init; }

    /// <summary>The group a session moves to when the maximum wait passes; 0 = none (the session ends).</summary>
    public long? OverflowSkillGroupId { get; init; }

    /// <summary>Seconds a returning customer waits for their last agent.</summary>
    public long? LastAgentWaitSeconds { get; init; }

    /// <summary>A session arriving while no member is logged in ends at once.</summary>
    public bool? EndWhenNoAgentOnline { get; init; }

    /// <summary>Seconds of visitor silence after which a chat ends (0 = never; chat groups only).</summary>
    public long? VisitorIdleTimeoutSeconds { get; init; }
}
