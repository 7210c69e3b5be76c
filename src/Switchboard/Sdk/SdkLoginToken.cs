namespace Switchboard.Sdk;

/// <summary>
/// A one-time token minted by CreateSDKLoginToken. Only its SHA-256 hash is stored, so a database
/// leak does not hand out working agent logins.
/// </summary>
public sealed class SdkLoginToken
{
    /// <summary>Lower-case hex SHA-256 of the token string.</summary>
    public required string TokenHash { get; set; }
    public long SdkAppId { get; set; }
    /// <summary>Lower-cased agent mail the token is bound to.</summary>
    public required string AgentMailKey { get; set; }
    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }
    /// <summary>Unix seconds.</summary>
    public long ExpiresAt { get; set; }
    /// <summary>Unix seconds; set when a browser redeemed the token (it cannot be redeemed again).</summary>
    public long? RedeemedAt { get; set; }
}
