namespace Switchboard.Client;

/// <summary>Input of RestoreMemberOnline: allows an agent that was forced offline to log in again.</summary>
public sealed record RestoreMemberOnlineRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Mail of the agent.</summary>
    public required string UserId { get; init; }
}
