namespace Switchboard.Client;

/// <summary>Output of CreateSDKLoginToken.</summary>
public sealed record CreateSDKLoginTokenResponse : CccResponse
{
    /// <summary>The login token, usable once, by this agent of this application only.</summary>
    public string? Token { get; init; }

    /// <summary>Unix seconds after which the token no longer works.</summary>
    public long ExpiredTime { get; init; }

    /// <summary>URL of the agent SDK script to load in the page; it carries the token.</summary>
    public string? SdkURL { get; init; }
}
