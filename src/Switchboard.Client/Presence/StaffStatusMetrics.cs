namespace Switchboard.Client;

/// <summary>One agent's live state and today's time in each state (seconds since midnight of the server's day).</summary>
public sealed record StaffStatusMetrics
{
    /// <summary>Mail of the agent.</summary>
    public string? Email { get; init; }

    /// <summary><c>free</c>, <c>busy</c>, <c>rest</c>, <c>notReady</c>, <c>afterCallWork</c> or <c>offline</c>.</summary>
    public string? Status { get; init; }

    /// <summary>What a busy agent is busy with; absent otherwise.</summary>
    public StaffStatusExtra? StatusExtra { get; init; }

    /// <summary>Seconds today in any state but offline.</summary>
    public long? OnlineDuration { get; init; }

    /// <summary>Seconds today in free.</summary>
    public long? FreeDuration { get; init; }

    /// <summary>Seconds today in busy.</summary>
    public long? BusyDuration { get; init; }

    /// <summary>Seconds today in notReady.</summary>
    public long? NotReadyDuration { get; init; }

    /// <summary>Seconds today in rest.</summary>
    public long? RestDuration { get; init; }

    /// <summary>Seconds today in after-call work.</summary>
    public long? AfterCallWorkDuration { get; init; }

    /// <summary>The rest reason while resting.</summary>
    public string? Reason { get; init; }

    /// <summary>A rest is booked for the end of the current session.</summary>
    public bool? ReserveRest { get; init; }

    /// <summary>NotReady is booked for the end of the current session.</summary>
    public bool? ReserveNotReady { get; init; }

    /// <summary>Answer calls on the mobile: 0 never, 1 only while offline, 2 always.</summary>
    public long? UseMobileAccept { get; init; }

    /// <summary>Whether the agent may place calls from the bound mobile.</summary>
    public bool? UseMobileCallOut { get; init; }

    /// <summary>When the agent last came online (unix seconds); null when never recorded.</summary>
    public long? LastOnlineTimestamp { get; init; }

    /// <summary>When the current state began (unix seconds); null when never recorded.</summary>
    public long? LastStatusTimestamp { get; init; }

    /// <summary>The agent's workstation kinds and whether each is connected.</summary>
    public IReadOnlyList<ClientInfo> ClientInfo { get; init; } = [];
}
