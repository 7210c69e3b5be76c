namespace Switchboard.Client;

/// <summary>Output of SetStaffStatus: one result per requested agent, in request order.</summary>
public sealed record SetStaffStatusResponse : CccResponse
{
    /// <summary>Each agent's outcome.</summary>
    public IReadOnlyList<SetStaffStatusRspItem> StaffStatusList { get; init; } = [];
}
