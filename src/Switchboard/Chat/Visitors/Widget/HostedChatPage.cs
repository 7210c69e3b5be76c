using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Switchboard.Chat.Visitors.Widget;

/// <summary>The HTML of the hosted chat page: nothing but the widget tag, in full-page mode.</summary>
public static class HostedChatPage
{
    /// <summary>Longest query value copied into the page; the widget checks the values again.</summary>
    private const int MaxValueLength = 128;

    /// <summary>The page for <paramref name="sdkAppId"/>; every value from the link is attribute-encoded.</summary>
    public static string Render(long sdkAppId, string? skillGroup, string? channel, string? nickname, HtmlEncoder encoder)
    {
        // Relative to /chat/{sdkAppId}, so the page still finds the script behind a reverse proxy's path prefix.
        var tag = new StringBuilder("<script src=\"../widget.js\" data-mode=\"page\" data-app-id=\"")
            .Append(sdkAppId.ToString(CultureInfo.InvariantCulture)).Append('"');
        Attribute(tag, "data-skill-group", skillGroup, encoder);
        Attribute(tag, "data-channel", channel, encoder);
        Attribute(tag, "data-nickname", nickname, encoder);
        tag.Append("></script>");
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Chat</title>\n</head>\n" +
            "<body style=\"margin:0\">\n" + tag + "\n</body>\n</html>\n";
    }

    private static void Attribute(StringBuilder tag, string name, string? value, HtmlEncoder encoder)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (value.Length > MaxValueLength) value = value[..MaxValueLength];
        tag.Append(' ').Append(name).Append("=\"").Append(encoder.Encode(value)).Append('"');
    }
}
