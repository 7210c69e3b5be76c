namespace Switchboard.Chat.Visitors.Attachments;

/// <summary>
/// Cleans the name an uploader gave a file. The name is only shown and offered on download; the file on disk is
/// named by the attachment's random id, so no name can reach outside the attachments folder.
/// </summary>
public static class AttachmentFileNames
{
    /// <summary>Characters kept (the store's column).</summary>
    public const int MaxLength = 255;

    /// <summary>The name when the uploader gave none usable.</summary>
    public const string Fallback = "file";

    /// <summary>The last path segment, without control characters, at most <see cref="MaxLength"/> characters, keeping the extension.</summary>
    public static string Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return Fallback;
        var last = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var cleaned = new string(last.Where(c => !char.IsControl(c)).ToArray()).Trim().TrimStart('.');
        if (cleaned.Length == 0) return Fallback;
        if (cleaned.Length <= MaxLength) return cleaned;
        var extension = Path.GetExtension(cleaned);
        if (extension.Length > 16) extension = "";
        return cleaned[..(MaxLength - extension.Length)] + extension;
    }
}
