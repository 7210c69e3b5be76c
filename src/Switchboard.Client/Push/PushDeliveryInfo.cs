namespace Switchboard.Client;

/// <summary>One webhook delivery: the event, its body, and how sending it went.</summary>
public sealed record PushDeliveryInfo
{
    /// <summary>The delivery id: the <c>X-TCCC-PUSH-UUID</c> and <c>X-Switchboard-Delivery</c> headers.</summary>
    public string DeliveryId { get; init; } = "";

    /// <summary>The event, e.g. <c>SessionEnded</c>.</summary>
    public string Event { get; init; } = "";

    /// <summary><c>Pending</c>, <c>Delivered</c>, <c>Failed</c> or <c>NoSubscriber</c>.</summary>
    public string State { get; init; } = "";

    /// <summary>Attempts made so far.</summary>
    public long Attempts { get; init; }

    /// <summary>Unix milliseconds when the event happened and the delivery was written.</summary>
    public long CreatedTimestamp { get; init; }

    /// <summary>Unix milliseconds of the next attempt while pending; 0 otherwise.</summary>
    public long NextAttemptTimestamp { get; init; }

    /// <summary>Unix milliseconds of the receiver's 2xx; 0 when not delivered.</summary>
    public long DeliveredTimestamp { get; init; }

    /// <summary>The last failure (an HTTP status or a network error); empty when none.</summary>
    public string LastError { get; init; } = "";

    /// <summary>The JSON body exactly as sent.</summary>
    public string Body { get; init; } = "";
}
