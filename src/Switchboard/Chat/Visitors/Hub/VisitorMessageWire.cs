namespace Switchboard.Chat.Visitors.Hub;

/// <summary>A message as the visitor hub sends it (docs/chat.md "Wire forms"): the sender role as a lower-case string.</summary>
public sealed record VisitorMessageWire(
    long Id,
    string SessionId,
    long TimestampMs,
    string SenderRole,
    string Sender,
    string Type,
    string Content,
    string? ClientMessageId,
    ChatAttachmentView? Attachment)
{
    /// <summary>The wire form of <paramref name="view"/>.</summary>
    public static VisitorMessageWire From(ChatMessageView view) => new(
        view.Id, view.SessionId, view.TimestampMs, ChatWireNames.Of(view.SenderRole), view.Sender, view.Type, view.Content,
        view.ClientMessageId, view.Attachment);
}
