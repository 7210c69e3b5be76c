using System.Globalization;

namespace Switchboard.Media.Sdp;

/// <summary>
/// Reads SDP text (RFC 8866) into a <see cref="SdpSessionDescription"/>. Structure is checked (v=0 first, an origin,
/// a session name, well-formed m= lines, <c>x=value</c> lines); attribute values are kept verbatim and interpreted
/// lazily, so an odd attribute never fails the whole description. Accepts LF or CRLF line endings.
/// </summary>
public static class SdpParser
{
    /// <summary>Larger descriptions are refused; a real audio offer is a few kilobytes.</summary>
    public const int MaxLength = 64 * 1024;

    /// <summary>Parses <paramref name="text"/>; false with a reason naming the line when it is not SDP. Never throws.</summary>
    public static bool TryParse(string? text, out SdpSessionDescription? description, out string? error)
    {
        description = null;
        error = null;
        if (string.IsNullOrEmpty(text)) { error = "empty SDP"; return false; }
        if (text.Length > MaxLength) { error = $"SDP longer than {MaxLength} characters"; return false; }

        SdpOrigin? origin = null;
        string? sessionName = null;
        var sessionLines = new List<SdpLine>();
        var sessionAttributes = new List<SdpAttribute>();
        var media = new List<SdpMediaDescription>();
        (string Media, int Port, int? Count, string Protocol, string[] Formats)? current = null;
        var mediaLines = new List<SdpLine>();
        var mediaAttributes = new List<SdpAttribute>();
        var seenVersion = false;

        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (line.Length == 0) continue;
            if (line.Length < 2 || line[1] != '=' || line[0] is < 'a' or > 'z')
                return Fail($"line {number}: expected <type>=<value>, got '{Shorten(line)}'", out error);
            if (line.AsSpan().IndexOfAny('\0', '\r') >= 0) return Fail($"line {number}: contains a NUL or CR character", out error);
            var type = line[0];
            var value = line[2..];

            if (!seenVersion)
            {
                if (type != 'v' || value != "0") return Fail($"line {number}: SDP must start with v=0", out error);
                seenVersion = true;
                continue;
            }

            switch (type)
            {
                case 'v':
                    return Fail($"line {number}: a second v= line", out error);
                case 'o' when origin is null && current is null:
                    origin = SdpOrigin.TryParse(value);
                    if (origin is null) return Fail($"line {number}: o= needs six fields (username id version IN IP4 address)", out error);
                    break;
                case 's' when sessionName is null && current is null:
                    sessionName = value;
                    break;
                case 'm':
                    if (origin is null || sessionName is null) return Fail($"line {number}: m= before the o= and s= lines", out error);
                    if (current is { } done) media.Add(Build(done, mediaLines, mediaAttributes));
                    current = ParseMediaLine(value);
                    if (current is null) return Fail($"line {number}: m= needs media, port[/count] and protocol (then formats)", out error);
                    mediaLines = [];
                    mediaAttributes = [];
                    break;
                case 'a':
                    if (value.Length == 0 || value[0] == ':') return Fail($"line {number}: attribute without a name", out error);
                    (current is null ? sessionAttributes : mediaAttributes).Add(SdpAttribute.Parse(value));
                    break;
                default:
                    if (type is 'o' or 's') return Fail($"line {number}: unexpected {type}= line", out error);
                    (current is null ? sessionLines : mediaLines).Add(new SdpLine(type, value));
                    break;
            }
        }

        if (!seenVersion) return Fail("empty SDP", out error);
        if (origin is null) return Fail("no o= line", out error);
        if (sessionName is null) return Fail("no s= line", out error);
        if (current is { } last) media.Add(Build(last, mediaLines, mediaAttributes));
        description = new SdpSessionDescription
        {
            Origin = origin, SessionName = sessionName, Lines = sessionLines, Attributes = sessionAttributes, Media = media,
        };
        return true;
    }

    private static (string, int, int?, string, string[])? ParseMediaLine(string value)
    {
        var f = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length < 3) return null;
        var portText = f[1];
        int? count = null;
        var slash = portText.IndexOf('/');
        if (slash >= 0)
        {
            if (!int.TryParse(portText[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
            count = n;
            portText = portText[..slash];
        }
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535) return null;
        return (f[0], port, count, f[2], f[3..]);
    }

    private static SdpMediaDescription Build((string Media, int Port, int? Count, string Protocol, string[] Formats) m,
        List<SdpLine> lines, List<SdpAttribute> attributes) => new()
    {
        Media = m.Media, Port = m.Port, PortCount = m.Count, Protocol = m.Protocol, Formats = m.Formats,
        Lines = lines, Attributes = attributes,
    };

    private static bool Fail(string reason, out string? error)
    {
        error = reason;
        return false;
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
