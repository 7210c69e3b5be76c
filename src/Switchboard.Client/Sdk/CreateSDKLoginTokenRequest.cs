namespace Switchboard.Client;

/// <summary>Input of CreateSDKLoginToken: a login for one agent's browser session.</summary>
public sealed record CreateSDKLoginTokenRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Mail of the agent who will log in.</summary>
    public required string SeatUserId { get; init; }

    /// <summary>TCCC: whether the token may be used once only. Switchboard tokens are always single-use, so this is accepted and has no effect.</summary>
    public bool? OnlyOnce { get; init; }
}
