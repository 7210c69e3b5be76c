using Orleans;

namespace Switchboard.Chat;

/// <summary>A stored message as both sides receive it.</summary>
/// <param name="Id">Increasing; "after id N" catches a reconnecting client up.</param>
/// <param name="Type"><see cref="ChatMessageTypes"/>.</param>
/// <param name="Content">Text, or for image and file the attachment id.</param>
/// <param name="Attachment">For image and file messages, the attachment's description.</param>
[GenerateSerializer, Immutable, Alias("Switchboard.Chat.ChatMessageView")]
public sealed record ChatMessageView(
    long Id,
    string SessionId,
    long TimestampMs,
    ChatParticipantRole SenderRole,
    string Sender,
    string Type,
    string Content,
    string? ClientMessageId,
    ChatAttachmentView? Attachment);
