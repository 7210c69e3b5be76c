namespace Switchboard.Client;

/// <summary>Output of DeleteStaff.</summary>
public sealed record DeleteStaffResponse : CccResponse
{
    /// <summary>Agents that were not deleted because they are online.</summary>
    public IReadOnlyList<string> OnlineStaffList { get; init; } = [];

    /// <summary>Human-readable summary: how many were deleted, which were online or unknown.</summary>
    public string? DeleteStatusInfo { get; init; }
}
