using System.Text;
using Switchboard.Media.Dtls;

namespace Switchboard.Media.Sdp;

/// <summary>
/// A parsed session description (RFC 8866): origin, session name, other session lines and attributes in order, and
/// the media sections. <see cref="ToString"/> writes it back with CRLF line endings.
/// </summary>
public sealed class SdpSessionDescription
{
    /// <summary>The <c>o=</c> line.</summary>
    public required SdpOrigin Origin { get; init; }

    /// <summary>The <c>s=</c> line; browsers write <c>-</c>.</summary>
    public string SessionName { get; init; } = "-";

    /// <summary>Session lines other than v, o, s and a, in order (<c>t=</c> among them).</summary>
    public IReadOnlyList<SdpLine> Lines { get; init; } = [new SdpLine('t', "0 0")];

    /// <summary>Session attributes in order (<c>a=group:BUNDLE</c>, <c>a=ice-lite</c>, <c>a=msid-semantic</c>...).</summary>
    public IReadOnlyList<SdpAttribute> Attributes { get; init; } = [];

    /// <summary>The media sections in order.</summary>
    public IReadOnlyList<SdpMediaDescription> Media { get; init; } = [];

    /// <summary>Whether the writer is an ICE-lite agent (<c>a=ice-lite</c>).</summary>
    public bool IceLite => Attributes.Has("ice-lite");

    /// <summary>The mids of the first <c>a=group:BUNDLE</c>, empty when there is none.</summary>
    public IReadOnlyList<string> BundleMids =>
        Attributes.Values("group").Select(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(g => g.Length > 0 && g[0] == "BUNDLE")?.Skip(1).ToArray() ?? [];

    /// <summary>The ICE ufrag of a section, or of the session when the section has none.</summary>
    public string? IceUfragFor(SdpMediaDescription media) => media.IceUfrag ?? Attributes.Value("ice-ufrag");

    /// <summary>The ICE password of a section, or of the session when the section has none.</summary>
    public string? IcePwdFor(SdpMediaDescription media) => media.IcePwd ?? Attributes.Value("ice-pwd");

    /// <summary>The setup role of a section, or of the session.</summary>
    public SdpSetup? SetupFor(SdpMediaDescription media) => media.Setup ?? SdpAttributes.ParseSetup(Attributes.Value("setup"));

    /// <summary>The fingerprints of a section, or of the session when the section has none.</summary>
    public IReadOnlyList<DtlsFingerprint> FingerprintsFor(SdpMediaDescription media)
    {
        var own = media.Fingerprints.ToList();
        return own.Count > 0
            ? own
            : Attributes.Values("fingerprint").Select(v => DtlsFingerprint.TryParse(v, out var f, out _) ? f : null).OfType<DtlsFingerprint>().ToList();
    }

    /// <summary>Parses SDP text; see <see cref="SdpParser.TryParse"/>.</summary>
    public static bool TryParse(string? text, out SdpSessionDescription? description, out string? error) =>
        SdpParser.TryParse(text, out description, out error);

    /// <summary>The SDP text, CRLF line endings, ending with CRLF.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        void Line(char type, string value) => text.Append(type).Append('=').Append(value).Append("\r\n");
        Line('v', "0");
        Line('o', Origin.ToString());
        Line('s', SessionName);
        foreach (var line in Lines) Line(line.Type, line.Value);
        foreach (var attribute in Attributes) Line('a', attribute.ToString());
        foreach (var media in Media)
        {
            Line('m', media.MediaLine);
            foreach (var line in media.Lines) Line(line.Type, line.Value);
            foreach (var attribute in media.Attributes) Line('a', attribute.ToString());
        }
        return text.ToString();
    }
}
