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
}
