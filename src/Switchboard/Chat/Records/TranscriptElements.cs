using System.Text.Json;
using Switchboard.Client;

namespace Switchboard.Chat.Records;

/// <summary>
/// How a stored message reads in DescribeChatMessages: Tencent IM's element names, text as is, and for an
/// upload a JSON object describing the attachment (its bytes stay behind the attachment endpoint, which only the
/// session's participants may open).
/// </summary>
internal static class TranscriptElements
{
    public const string Text = "TIMTextElem";
    public const string Image = "TIMImageElem";
    public const string File = "TIMFileElem";

    /// <summary>The element of <paramref name="message"/>; <paramref name="attachment"/> is its upload, when found.</summary>
    public static Message ToElement(ChatMessage message, ChatAttachment? attachment) => message.Type switch
    {
        ChatMessageTypes.Image => new Message { Type = Image, Content = Describe(message.Content, attachment) },
        ChatMessageTypes.File => new Message { Type = File, Content = Describe(message.Content, attachment) },
        _ => new Message { Type = Text, Content = message.Content },
    };

    /// <summary><c>{"Id","FileName","ContentType","Size"}</c>, or just the id when the upload is gone.</summary>
    private static string Describe(string attachmentId, ChatAttachment? attachment)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("Id", attachmentId);
            if (attachment is not null)
            {
                json.WriteString("FileName", attachment.FileName);
                json.WriteString("ContentType", attachment.ContentType);
                json.WriteNumber("Size", attachment.Size);
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
