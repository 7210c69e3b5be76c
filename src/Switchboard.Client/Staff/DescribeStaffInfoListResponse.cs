namespace Switchboard.Client;

/// <summary>Output of DescribeStaffInfoList.</summary>
public sealed record DescribeStaffInfoListResponse : CccResponse
{
    /// <summary>Number of agents matching the filters, over all pages.</summary>
    public long TotalCount { get; init; }

    /// <summary>The agents of the requested page.</summary>
    public IReadOnlyList<StaffInfo> StaffList { get; init; } = [];
}
