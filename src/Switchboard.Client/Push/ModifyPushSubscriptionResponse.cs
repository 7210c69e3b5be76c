namespace Switchboard.Client;

/// <summary>Output of ModifyPushSubscription.</summary>
public sealed record ModifyPushSubscriptionResponse : CccResponse
{
    /// <summary>
    /// The secret Switchboard generated when the request had none; empty when the caller chose it or removed the
    /// subscription. Shown only here: store it with the receiver.
    /// </summary>
    public string Secret { get; init; } = "";
}
