namespace Switchboard.Chat;

/// <summary>One message of a chat session, as stored; <c>DescribeChatMessages</c> reads these.</summary>
public sealed class ChatMessage
{
    /// <summary>Increases with every message written, so "messages after id N" is how clients catch up.</summary>
    public long Id { get; set; }
    public long SdkAppId { get; set; }
    public required string SessionId { get; set; }
    /// <summary>Unix milliseconds.</summary>
    public long TimestampMs { get; set; }
    public ChatParticipantRole SenderRole { get; set; }
    /// <summary>The visitor's id, the agent's mail, or "system".</summary>
    public required string Sender { get; set; }
    /// <summary>text, image, file or event (<see cref="ChatMessageTypes"/>).</summary>
    public required string Type { get; set; }
    /// <summary>The text, or for image and file the attachment's id.</summary>
    public required string Content { get; set; }
    /// <summary>The sender's own id for the message, so a resend after a network drop is stored once.</summary>
    public string? ClientMessageId { get; set; }
}
