namespace Switchboard.Client;

/// <summary>
/// Input of ModifyPushSubscription (Switchboard only, not in TCCC): where an application's chat session events are
/// delivered, and the secret their signature uses.
/// </summary>
public sealed record ModifyPushSubscriptionRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>The receiver: an absolute http or https URL (at most 2048 characters). Empty removes the subscription.</summary>
    public required string Url { get; init; }

    /// <summary>The signing secret, 16 to 256 characters; absent or empty to have Switchboard generate one and answer it.</summary>
    public string? Secret { get; init; }
}
