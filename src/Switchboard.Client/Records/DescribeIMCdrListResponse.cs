namespace Switchboard.Client;

/// <summary>Output of DescribeIMCdrList.</summary>
public sealed record DescribeIMCdrListResponse : CccResponse
{
    /// <summary>Records in the window (all pages).</summary>
    public long TotalCount { get; init; }

    /// <summary>This page of records.</summary>
    public IReadOnlyList<IMCdrInfo> IMCdrList { get; init; } = [];
}
