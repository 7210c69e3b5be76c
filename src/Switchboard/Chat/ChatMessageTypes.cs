namespace Switchboard.Chat;

/// <summary>The message types of a chat and their limits.</summary>
public static class ChatMessageTypes
{
    /// <summary>Plain text (emoji included); rendered as text, never as HTML.</summary>
    public const string Text = "text";
    /// <summary>An uploaded image; the content is the attachment id.</summary>
    public const string Image = "image";
    /// <summary>An uploaded file; the content is the attachment id.</summary>
    public const string File = "file";
    /// <summary>A notice written by Switchboard (agent joined, transferred, ended).</summary>
    public const string Event = "event";

    /// <summary>Characters of one text message.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>True for the types a participant may send.</summary>
    public static bool IsSendable(string? type) => type is Text or Image or File;

    /// <summary>
    /// Why a participant's message cannot be sent as it is (refused as <see cref="ChatRefusals.BadMessage"/>), or
    /// null: an unknown type, empty text, text over <see cref="MaxTextLength"/>, or an attachment id that cannot be one.
    /// The desk checks it; the hubs check it first so a refused message costs no rate-limit token.
    /// </summary>
    public static string? Problem(string? type, string? content)
    {
        if (!IsSendable(type)) return "type must be text, image or file.";
        if (string.IsNullOrWhiteSpace(content)) return "An empty message cannot be sent.";
        if (type == Text && content.Length > MaxTextLength)
            return $"A message holds at most {MaxTextLength} characters; this one has {content.Length}.";
        if (type != Text && content.Length > 64) return "An image or file message carries the attachment's id.";
        return null;
    }
}
