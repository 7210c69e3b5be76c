namespace Switchboard.Client;

/// <summary>Output of DescribeStaffStatusMetrics.</summary>
public sealed record DescribeStaffStatusMetricsResponse : CccResponse
{
    /// <summary>One entry per matching agent.</summary>
    public IReadOnlyList<StaffStatusMetrics> Metrics { get; init; } = [];
}
