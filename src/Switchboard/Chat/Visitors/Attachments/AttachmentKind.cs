namespace Switchboard.Chat.Visitors.Attachments;

/// <summary>What Switchboard decided an upload is, from its bytes.</summary>
/// <param name="ContentType">The type it is served with.</param>
/// <param name="IsImage">True when a browser may show it inline.</param>
public sealed record AttachmentKind(string ContentType, bool IsImage)
{
    public static readonly AttachmentKind Png = new("image/png", true);
    public static readonly AttachmentKind Jpeg = new("image/jpeg", true);
    public static readonly AttachmentKind Gif = new("image/gif", true);
    public static readonly AttachmentKind Webp = new("image/webp", true);
    public static readonly AttachmentKind Pdf = new("application/pdf", false);
    public static readonly AttachmentKind Zip = new("application/zip", false);
    public static readonly AttachmentKind Text = new("text/plain; charset=utf-8", false);
}
