namespace Switchboard.Client;

/// <summary>Input of DescribeStaffStatusHistory: one agent's state changes in a window, oldest first, a page at a time.</summary>
public sealed record DescribeStaffStatusHistoryRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Mail of the agent.</summary>
    public required string StaffUserId { get; init; }

    /// <summary>Window start (unix seconds), at most 180 days ago.</summary>
    public required long StartTimestamp { get; init; }

    /// <summary>Window end (unix seconds), less than 7 days after the start.</summary>
    public required long EndTimestamp { get; init; }

    /// <summary>The <see cref="StaffStatus.Cursor"/> of the last entry already read; the page starts after it.</summary>
    public string? Cursor { get; init; }

    /// <summary>Entries per page, 1 to 1000 (default 100).</summary>
    public long? PageSize { get; init; }
}
