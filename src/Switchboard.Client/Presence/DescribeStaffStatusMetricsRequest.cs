namespace Switchboard.Client;

/// <summary>Input of DescribeStaffStatusMetrics: agents' live states and today's time in each state.</summary>
public sealed record DescribeStaffStatusMetricsRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Only these agents (mails); all agents when absent.</summary>
    public IReadOnlyList<string>? StaffList { get; init; }

    /// <summary>Only members of these skill groups.</summary>
    public IReadOnlyList<long>? GroupIdList { get; init; }

    /// <summary>Only agents in these states: <c>free</c>, <c>busy</c>, <c>rest</c>, <c>notReady</c>, <c>afterCallWork</c>, <c>offline</c>.</summary>
    public IReadOnlyList<string>? StatusList { get; init; }
}
