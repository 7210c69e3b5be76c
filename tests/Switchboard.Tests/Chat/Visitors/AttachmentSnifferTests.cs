using System.Text;
using Switchboard.Chat.Visitors.Attachments;

namespace Switchboard.Tests.Chat.Visitors;

public sealed class AttachmentSnifferTests
{
    public static TheoryData<string, string?> Headers => new()
    {
        { "89504E470D0A1A0A0000000D", "image/png" },
        { "FFD8FFE000104A4649460001", "image/jpeg" },
        { "474946383961010001000000", "image/gif" },
        { "474946383761010001000000", "image/gif" },
        { "524946462400000057454250", "image/webp" },
        { "524946462400000057415645", null }, // RIFF WAVE: not an image
        { "255044462D312E370A25E2E3", "application/pdf" },
        { "504B0304140000000800AA00", "application/zip" },
        { "504B0506000000000000", "application/zip" },
        { "3C68746D6C3E3C7363726970", null }, // <html><scrip
        { "89504E47", null }, // a PNG signature cut short
        { "", null },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void The_type_comes_from_the_first_bytes(string hex, string? expected) =>
        Assert.Equal(expected, AttachmentSniffer.FromHeader(Convert.FromHexString(hex))?.ContentType);

    [Fact]
    public void Only_images_are_images() =>
        Assert.Equal(["image/png", "image/jpeg", "image/gif", "image/webp"],
            new[] { AttachmentKind.Png, AttachmentKind.Jpeg, AttachmentKind.Gif, AttachmentKind.Webp, AttachmentKind.Pdf, AttachmentKind.Zip, AttachmentKind.Text }
                .Where(k => k.IsImage).Select(k => k.ContentType));

    [Theory]
    [InlineData("text/plain", "notes", true)]
    [InlineData("application/octet-stream", "notes.TXT", true)]
    [InlineData("image/png", "notes.png", false)]
    [InlineData(null, "notes", false)]
    public void Text_is_considered_only_when_the_uploader_says_so(string? claimed, string name, bool expected) =>
        Assert.Equal(expected, AttachmentSniffer.ClaimsText(claimed, name));

    [Theory]
    [InlineData("héllo wörld 👋\n", true)]
    [InlineData("nul\0inside", false)]
    public async Task Text_must_be_UTF8_without_NUL(string content, bool expected)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);
            Assert.Equal(expected, await AttachmentSniffer.IsPlainTextAsync(path, TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Invalid_UTF8_is_not_text()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, [.. Encoding.ASCII.GetBytes("abc"), 0xC3, 0x28], TestContext.Current.CancellationToken);
            Assert.False(await AttachmentSniffer.IsPlainTextAsync(path, TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
