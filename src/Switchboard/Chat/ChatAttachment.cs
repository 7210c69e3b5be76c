namespace Switchboard.Chat;

/// <summary>
/// A file a participant uploaded to a chat session. The bytes live in the attachments folder under
/// <see cref="Id"/>; only the session's visitor and agents may read them.
/// </summary>
public sealed class ChatAttachment
{
    /// <summary>Random and unguessable; also the file's name on disk.</summary>
    public required string Id { get; set; }
    public long SdkAppId { get; set; }
    public required string SessionId { get; set; }
    /// <summary>The name the uploader gave, for display and download only.</summary>
    public required string FileName { get; set; }
    /// <summary>The type Switchboard decided from the bytes, not the one the uploader claimed.</summary>
    public required string ContentType { get; set; }
    public long Size { get; set; }
    /// <summary>True when the bytes are an image a browser may show inline.</summary>
    public bool IsImage { get; set; }
    public ChatParticipantRole UploaderRole { get; set; }
    public required string Uploader { get; set; }
    /// <summary>Unix milliseconds.</summary>
    public long CreatedAtMs { get; set; }
}
