namespace Switchboard.Client;

/// <summary>Output of DescribeStaffStatusHistory.</summary>
public sealed record DescribeStaffStatusHistoryResponse : CccResponse
{
    /// <summary>One page of state changes, oldest first; fewer than the page size means the window is exhausted.</summary>
    public IReadOnlyList<StaffStatus> Data { get; init; } = [];
}
