using System.Text;

namespace Switchboard.Chat.Visitors.Attachments;

/// <summary>
/// Decides an upload's type from its first bytes (magic numbers), never from the name or the type the uploader
/// claimed: a file that says image/png but is not a PNG is never served as an image. Plain text has no magic number,
/// so it is accepted only when the uploader says it is text and every byte is UTF-8 without NUL.
/// </summary>
public static class AttachmentSniffer
{
    /// <summary>How many leading bytes <see cref="FromHeader"/> needs.</summary>
    public const int HeaderLength = 12;

    /// <summary>The binary type of a file starting with <paramref name="header"/>, or null when it is none of the allowed ones.</summary>
    public static AttachmentKind? FromHeader(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return AttachmentKind.Png;
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return AttachmentKind.Jpeg;
        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8)) return AttachmentKind.Gif;
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8)) return AttachmentKind.Webp;
        if (header.StartsWith("%PDF-"u8)) return AttachmentKind.Pdf;
        // A zip starts with a local file header, or is empty (end of central directory only).
        if (header.StartsWith("PK\x03\x04"u8) || header.StartsWith("PK\x05\x06"u8)) return AttachmentKind.Zip;
        return null;
    }

    /// <summary>True when the uploader presented the file as text: the claimed type or the name says so.</summary>
    public static bool ClaimsText(string? claimedType, string fileName) =>
        (claimedType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) ?? false)
        || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the whole file is UTF-8 text without NUL characters.</summary>
    public static async Task<bool> IsPlainTextAsync(string path, CancellationToken cancellationToken)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[16 * 1024];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        await using var file = File.OpenRead(path);
        try
        {
            int read;
            while ((read = await file.ReadAsync(bytes, cancellationToken)) > 0)
            {
                if (bytes.AsSpan(0, read).Contains((byte)0)) return false;
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
