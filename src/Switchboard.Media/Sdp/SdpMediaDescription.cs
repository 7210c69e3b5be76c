using System.Globalization;
using Switchboard.Media.Dtls;

namespace Switchboard.Media.Sdp;

/// <summary>
/// One <c>m=</c> section: the media line, its other lines (<c>c=</c>, <c>b=</c>...) and its attributes in order.
/// Typed accessors read the attributes WebRTC audio needs; everything else is kept untouched.
/// </summary>
public sealed class SdpMediaDescription
{
    /// <summary>The media type: <c>audio</c>, <c>video</c>, <c>application</c>.</summary>
    public required string Media { get; init; }

    /// <summary>The port; 0 rejects the section, 9 is the WebRTC placeholder.</summary>
    public required int Port { get; init; }

    /// <summary>The number of ports after a slash in the m= line, when written.</summary>
    public int? PortCount { get; init; }

    /// <summary>The transport protocol, <c>UDP/TLS/RTP/SAVPF</c> for WebRTC.</summary>
    public required string Protocol { get; init; }

    /// <summary>The formats (RTP payload types for RTP media) in the writer's order of preference.</summary>
    public required IReadOnlyList<string> Formats { get; init; }

    /// <summary>Lines other than <c>a=</c> inside the section (<c>c=</c>, <c>b=</c>, <c>i=</c>, <c>k=</c>), in order.</summary>
    public IReadOnlyList<SdpLine> Lines { get; init; } = [];

    /// <summary>The attributes in order, unknown ones included.</summary>
    public IReadOnlyList<SdpAttribute> Attributes { get; init; } = [];

    /// <summary><c>a=mid</c>.</summary>
    public string? Mid => Attributes.Value("mid");

    /// <summary><c>a=ice-ufrag</c> of this section.</summary>
    public string? IceUfrag => Attributes.Value("ice-ufrag");

    /// <summary><c>a=ice-pwd</c> of this section.</summary>
    public string? IcePwd => Attributes.Value("ice-pwd");

    /// <summary><c>a=setup</c>, when present and known.</summary>
    public SdpSetup? Setup => SdpAttributes.ParseSetup(Attributes.Value("setup"));

    /// <summary>Whether RTCP shares the RTP port (<c>a=rtcp-mux</c>, RFC 5761).</summary>
    public bool RtcpMux => Attributes.Has("rtcp-mux");

    /// <summary>The direction attribute; <see cref="SdpDirection.SendRecv"/> when none is written.</summary>
    public SdpDirection Direction =>
        Attributes.Select(a => SdpAttributes.ParseDirection(a.Name)).LastOrDefault(d => d is not null) ?? SdpDirection.SendRecv;

    /// <summary><c>a=ptime</c> in milliseconds, when present and numeric.</summary>
    public int? Ptime =>
        int.TryParse(Attributes.Value("ptime"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : null;

    /// <summary>Whether the writer has sent all its candidates (<c>a=end-of-candidates</c>).</summary>
    public bool EndOfCandidates => Attributes.Has("end-of-candidates");

    /// <summary>The well-formed <c>a=rtpmap</c> values; malformed ones are skipped.</summary>
    public IEnumerable<SdpRtpMap> RtpMaps =>
        Attributes.Values("rtpmap").Select(v => SdpRtpMap.TryParse(v, out var map) ? map : null).OfType<SdpRtpMap>();

    /// <summary>The well-formed <c>a=fmtp</c> values.</summary>
    public IEnumerable<SdpFmtp> Fmtps =>
        Attributes.Values("fmtp").Select(v => SdpFmtp.TryParse(v, out var fmtp) ? fmtp : null).OfType<SdpFmtp>();

    /// <summary>The well-formed <c>a=candidate</c> values; malformed ones are skipped.</summary>
    public IEnumerable<SdpCandidate> Candidates =>
        Attributes.Values("candidate").Select(v => SdpCandidate.TryParse(v, out var c, out _) ? c : null).OfType<SdpCandidate>();

    /// <summary>The <c>a=fingerprint</c> values of this section that parse.</summary>
    public IEnumerable<DtlsFingerprint> Fingerprints =>
        Attributes.Values("fingerprint").Select(v => DtlsFingerprint.TryParse(v, out var f, out _) ? f : null).OfType<DtlsFingerprint>();

    /// <summary>The m= line body.</summary>
    public string MediaLine =>
        $"{Media} {Port.ToString(CultureInfo.InvariantCulture)}{(PortCount is { } n ? "/" + n.ToString(CultureInfo.InvariantCulture) : "")} {Protocol}"
        + (Formats.Count > 0 ? " " + string.Join(' ', Formats) : "");
}
