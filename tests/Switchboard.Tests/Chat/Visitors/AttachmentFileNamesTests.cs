using Switchboard.Chat.Visitors.Attachments;

namespace Switchboard.Tests.Chat.Visitors;

public sealed class AttachmentFileNamesTests
{
    [Theory]
    [InlineData("report.pdf", "report.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\ann\\photo.jpg", "photo.jpg")]
    [InlineData("..", "file")]
    [InlineData(".htaccess", "htaccess")]
    [InlineData("a\u0000b\r\nc.txt", "abc.txt")]
    [InlineData("   ", "file")]
    [InlineData(null, "file")]
    [InlineData("dir/", "file")]
    public void A_name_is_reduced_to_a_harmless_last_segment(string? given, string expected) =>
        Assert.Equal(expected, AttachmentFileNames.Clean(given));

    [Fact]
    public void A_long_name_keeps_its_extension_within_the_limit()
    {
        var cleaned = AttachmentFileNames.Clean(new string('x', 400) + ".pdf");
        Assert.Equal(AttachmentFileNames.MaxLength, cleaned.Length);
        Assert.EndsWith(".pdf", cleaned);
    }
}
