using Orleans;

namespace Switchboard.Chat;

/// <summary>What a participant learns about an attachment; the bytes come from <c>GET /chat/attachments/{id}</c> with the participant's credential.</summary>
[GenerateSerializer, Immutable, Alias("Switchboard.Chat.ChatAttachmentView")]
public sealed record ChatAttachmentView(string Id, string FileName, string ContentType, long Size, bool IsImage);
