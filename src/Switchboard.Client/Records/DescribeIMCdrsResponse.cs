namespace Switchboard.Client;

/// <summary>Output of DescribeIMCdrs.</summary>
public sealed record DescribeIMCdrsResponse : CccResponse
{
    /// <summary>Records in the window (all pages).</summary>
    public long TotalCount { get; init; }

    /// <summary>Deprecated twin of <see cref="IMCdrList"/>, same data.</summary>
    public IReadOnlyList<IMCdrInfo> IMCdrs { get; init; } = [];

    /// <summary>This page of records.</summary>
    public IReadOnlyList<IMCdrInfo> IMCdrList { get; init; } = [];
}
