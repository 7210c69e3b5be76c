namespace Switchboard.Client;

/// <summary>Input of SetStaffStatus: changes the state of online agents, as if they had chosen it in the workstation.</summary>
public sealed record SetStaffStatusRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>1 to 10 agents and their new states.</summary>
    public required IReadOnlyList<SetStaffStatusItem> StaffStatusList { get; init; }
}
