namespace Switchboard.Client;

/// <summary>Input of DescribeIMCdrs: one page of an application's chat service records in a time window.</summary>
public sealed record DescribeIMCdrsRequest
{
    /// <summary>Window start (unix seconds), compared with each record's <see cref="IMCdrInfo.Timestamp"/>.</summary>
    public required long StartTimestamp { get; init; }

    /// <summary>Window end (unix seconds, inclusive); not before <see cref="StartTimestamp"/>.</summary>
    public required long EndTimestamp { get; init; }

    /// <summary>Deprecated by Tencent; accepted and ignored.</summary>
    public long? InstanceId { get; init; }

    /// <summary>The application. Typed optional in the SDKs, required in practice: a request without it is refused.</summary>
    public long? SdkAppId { get; init; }

    /// <summary>Records per page, 1 to 100 (default 20).</summary>
    public long? Limit { get; init; }

    /// <summary>Records to skip (default 0).</summary>
    public long? Offset { get; init; }

    /// <summary>1 omni-channel, 2 text chat; absent for both. Switchboard's chats are all type 2.</summary>
    public long? Type { get; init; }
}
