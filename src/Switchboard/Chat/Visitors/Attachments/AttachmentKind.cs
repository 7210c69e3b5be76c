namespace Switchboard.Chat.Visitors.Attachments;

/// <summary>What Switchboard decided an upload is, from its bytes.</summary>
/// <param name="ContentType">The type it is served with.</param>
/// <param name="IsImage">True when a browser may show it inline.</param>
public sealed record AttachmentKind(string ContentType, bool IsImage)
{
    /// <summary>PNG (89 50 4E 47 0D 0A 1A 0A).</summary>
    public static readonly AttachmentKind Png = new("image/png", true);
    /// <summary>JPEG (FF D8 FF).</summary>
    public static readonly AttachmentKind Jpeg = new("image/jpeg", true);
    /// <summary>GIF (GIF87a or GIF89a).</summary>
    public static readonly AttachmentKind Gif = new("image/gif", true);
    /// <summary>WebP (RIFF, size, WEBP).</summary>
    public static readonly AttachmentKind Webp = new("image/webp", true);
    /// <summary>PDF (%PDF-), always a download.</summary>
    public static readonly AttachmentKind Pdf = new("application/pdf", false);
    /// <summary>ZIP (PK 03 04, or PK 05 06 when empty), always a download.</summary>
    public static readonly AttachmentKind Zip = new("application/zip", false);
    /// <summary>UTF-8 plain text, always a download.</summary>
    public static readonly AttachmentKind Text = new("text/plain; charset=utf-8", false);
}
