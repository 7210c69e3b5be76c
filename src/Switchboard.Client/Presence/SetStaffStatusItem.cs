namespace Switchboard.Client;

/// <summary>One agent's new state in SetStaffStatus.</summary>
public sealed record SetStaffStatusItem
{
    /// <summary>Mail of the agent.</summary>
    public required string StaffUserId { get; init; }

    /// <summary><c>free</c>, <c>notReady</c> or <c>rest</c>.</summary>
    public required string Status { get; init; }

    /// <summary>With <c>rest</c>: one of the application's rest reasons.</summary>
    public string? Reason { get; init; }
}
