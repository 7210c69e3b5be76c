namespace Switchboard.Push;

/// <summary>Where an application's events are delivered and the secret their signature uses.</summary>
public sealed class PushSubscription
{
    public long SdkAppId { get; set; }
    /// <summary>An absolute http(s) URL of the business's receiver.</summary>
    public required string Url { get; set; }
    /// <summary>The HMAC-SHA256 signing secret, Data Protection–encrypted.</summary>
    public required string ProtectedSecret { get; set; }
    /// <summary>Unix seconds.</summary>
    public long UpdatedAt { get; set; }
}
