namespace Switchboard.Client;

/// <summary>Input of ForceMemberOffline: logs the agent out of every workstation and refuses new logins until RestoreMemberOnline.</summary>
public sealed record ForceMemberOfflineRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Mail of the agent.</summary>
    public required string UserId { get; init; }
}
