namespace Switchboard.Push;

/// <summary>
/// One event waiting for, or done with, delivery: the durable outbox. Written in the same breath as the change it
/// reports; the dispatcher sends it until the receiver answers 2xx or the attempts run out, and the row stays as
/// the record either way.
/// </summary>
public sealed class PushDelivery
{
    /// <summary>The delivery id header; a redelivery repeats it, so receivers can drop duplicates.</summary>
    public required string Id { get; set; }
    public long SdkAppId { get; set; }
    /// <summary>The event name, e.g. <c>chat.session.started</c>.</summary>
    public required string Event { get; set; }
    /// <summary>The JSON body, fixed when the event happened.</summary>
    public required string Body { get; set; }
    /// <summary>Unix milliseconds.</summary>
    public long CreatedAtMs { get; set; }
    public PushDeliveryState State { get; set; }
    public int Attempts { get; set; }
    /// <summary>Unix milliseconds of the next attempt while pending.</summary>
    public long NextAttemptAtMs { get; set; }
    /// <summary>Unix milliseconds.</summary>
    public long? DeliveredAtMs { get; set; }
    /// <summary>The last failure: an HTTP status or a network error, for operators.</summary>
    public string? LastError { get; set; }
}
