namespace Switchboard.Client;

/// <summary>Input of DescribeIMCdrList: as <see cref="DescribeIMCdrsRequest"/> with the application required.</summary>
public sealed record DescribeIMCdrListRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Window start (unix seconds), compared with each record's <see cref="IMCdrInfo.Timestamp"/>.</summary>
    public required long StartTimestamp { get; init; }

    /// <summary>Window end (unix seconds, inclusive); not before <see cref="StartTimestamp"/>.</summary>
    public required long EndTimestamp { get; init; }

    /// <summary>Records per page, 1 to 100 (default 20).</summary>
    public long? Limit { get; init; }

    /// <summary>Records to skip (default 0).</summary>
    public long? Offset { get; init; }

    /// <summary>1 omni-channel, 2 text chat; absent for both. Switchboard's chats are all type 2.</summary>
    public long? Type { get; init; }
}
