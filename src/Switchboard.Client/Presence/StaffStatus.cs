namespace Switchboard.Client;

/// <summary>One state change of an agent.</summary>
public sealed record StaffStatus
{
    /// <summary>Pass as <see cref="DescribeStaffStatusHistoryRequest.Cursor"/> to read the entries after this one.</summary>
    public string? Cursor { get; init; }

    /// <summary>When the agent entered the state (unix seconds).</summary>
    public long? Timestamp { get; init; }

    /// <summary>The state entered (cloud API names).</summary>
    public string? Status { get; init; }

    /// <summary>The session that made the agent busy.</summary>
    public string? SessionId { get; init; }

    /// <summary>The rest reason.</summary>
    public string? Reason { get; init; }

    /// <summary>Mail of the agent.</summary>
    public string? StaffEmail { get; init; }

    /// <summary>The agent's employee number.</summary>
    public string? StaffNo { get; init; }
}
