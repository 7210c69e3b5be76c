namespace Switchboard.Push;

/// <summary>The names of the webhook's wire form: query parameters, headers and the callback command.</summary>
public static class PushCallback
{
    /// <summary>The body's and query's <c>CallbackCommand</c>, as TCCC's desk session callback names it.</summary>
    public const string Command = "Desk.SessionEventNotify";

    /// <summary>The delivery id, TCCC's de-duplication header; the same on every attempt of one event.</summary>
    public const string TencentDeliveryHeader = "X-TCCC-PUSH-UUID";

    /// <summary>The delivery id again, under Switchboard's name.</summary>
    public const string DeliveryHeader = "X-Switchboard-Delivery";

    /// <summary>The event name (e.g. <c>SessionEnded</c>), so a receiver can route before parsing.</summary>
    public const string EventHeader = "X-Switchboard-Event";

    /// <summary>Unix seconds when this attempt was signed.</summary>
    public const string TimestampHeader = "X-Switchboard-Timestamp";

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of <c>timestamp + "." + body</c> under the secret.</summary>
    public const string SignatureHeader = "X-Switchboard-Signature";

    /// <summary>The channel of every Switchboard chat: the web widget or the hosted chat page.</summary>
    public const string WebChannel = "Web";
}
