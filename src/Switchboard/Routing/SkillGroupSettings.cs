namespace Switchboard.Routing;

/// <summary>How one skill group routes its sessions.</summary>
/// <param name="SkillGroupId">TCCC's <c>SkillGroupId</c>.</param>
/// <param name="Channel">The group's <c>SkillGroupType</c>.</param>
public sealed record SkillGroupSettings(long SkillGroupId, RoutingChannel Channel)
{
    /// <summary>How an agent is chosen (TCCC's <c>RoutePolicy</c>).</summary>
    public RoutingStrategy Strategy { get; init; } = RoutingStrategy.LongestIdle;

    /// <summary>Sessions of this group an agent may hold at once (TCCC's <c>MaxConcurrency</c>), on top of the agent's own capacity.</summary>
    public int MaxConcurrency { get; init; } = 1;

    /// <summary>
    /// Offer a returning customer to the agent who served them last, when that agent can take it (TCCC's
    /// <c>UsingLastSeat</c>); otherwise <see cref="Strategy"/> decides.
    /// </summary>
    public bool PreferLastAgent { get; init; }

    /// <summary>
    /// With <see cref="PreferLastAgent"/>: how long after entering the group a session waits for its last agent
    /// while that agent is a logged-in member who cannot take it yet (busy, after-call work, notReady). Zero falls
    /// back at once.
    /// </summary>
    public TimeSpan LastAgentWait { get; init; }

    /// <summary>How long a session may wait in this group before it overflows or ends; zero waits without limit.</summary>
    public TimeSpan MaxWait { get; init; }

    /// <summary>Where a session goes when <see cref="MaxWait"/> passes: another group of the same channel, or null to end it.</summary>
    public long? OverflowSkillGroupId { get; init; }

    /// <summary>How long an offer rings before it passes to the next agent (TCCC's <c>autoTransfer</c>).</summary>
    public TimeSpan RingTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>An agent who lets an offer ring out is made notReady (reported as <see cref="OfferExpired.SetNotReady"/>).</summary>
    public bool NotReadyOnNoAnswer { get; init; } = true;

    /// <summary>
    /// Ring every candidate at once (TCCC's <c>RingAll</c>); the first to accept takes the session and the others
    /// are withdrawn. A ring-out excludes nobody and makes nobody notReady: the session rings everyone again.
    /// </summary>
    public bool RingAll { get; init; }

    /// <summary>Offers are taken at once, without ringing.</summary>
    public bool AutoAccept { get; init; }

    /// <summary>After-call work (<c>arrange</c>) following each session of this group; zero makes the agent free at once.</summary>
    public TimeSpan AfterCallWork { get; init; }

    /// <summary>A session arriving while no member is logged in ends with <see cref="RoutingEndStatus.NoAgentOnline"/> instead of waiting.</summary>
    public bool EndWhenNoAgentOnline { get; init; } = true;

    /// <summary>Why these settings cannot be used, or null when they can.</summary>
    public string? Problem() => this switch
    {
        _ when !Enum.IsDefined(Channel) => $"{Channel} is not a skill group type; use 0 phone, 1 chat, 3 audio or 4 video.",
        _ when !Enum.IsDefined(Strategy) => $"{Strategy} is not a routing strategy.",
        { MaxConcurrency: < 1 } => "MaxConcurrency must be at least 1.",
        { Channel: not RoutingChannel.Chat, MaxConcurrency: > 1 } => "MaxConcurrency must be 1 unless the group is an online chat group.",
        { RingAll: true, MaxConcurrency: > 2 } => "MaxConcurrency must be at most 2 in a ring-all group.",
        _ when RingTimeout <= TimeSpan.Zero && !AutoAccept => "The ring timeout must be positive.",
        _ when MaxWait < TimeSpan.Zero || LastAgentWait < TimeSpan.Zero || AfterCallWork < TimeSpan.Zero => "Durations cannot be negative.",
        _ when OverflowSkillGroupId == SkillGroupId => "A group cannot overflow into itself.",
        _ => null,
    };
}
