namespace Switchboard.Presence;

/// <summary>
/// One entry of an agent's status history: the state the agent entered, when and why. Written by the agent's
/// grain on every change of state or rest reason; DescribeStaffStatusHistory and the durations of
/// DescribeStaffStatusMetrics are read from these.
/// </summary>
public sealed class AgentStatusChange
{
    public long Id { get; set; }
    public long SdkAppId { get; set; }
    /// <summary>The agent's lower-cased mail (<see cref="AgentKey.MailKey"/>); history outlives a deleted agent.</summary>
    public required string AgentMailKey { get; set; }
    /// <summary>Unix milliseconds: flips within one second keep their order and their durations.</summary>
    public long TimestampMs { get; set; }
    public AgentStatus Status { get; set; }
    /// <summary>The rest reason when <see cref="Status"/> is rest.</summary>
    public string? Reason { get; set; }
    /// <summary>The state the agent left, so that a day's first entry tells the state at midnight.</summary>
    public AgentStatus PreviousStatus { get; set; }
    public PresenceSource Source { get; set; }
    /// <summary>The session that made the agent busy, on the entry that entered busy.</summary>
    public string? SessionId { get; set; }
}
