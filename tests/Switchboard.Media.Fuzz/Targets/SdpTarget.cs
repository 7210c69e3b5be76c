using System.Text;
using Switchboard.Media.Dtls;
using Switchboard.Media.Sdp;

namespace Switchboard.Media.Fuzz.Targets;

/// <summary>
/// SDP as the offer endpoints meet it: the bytes decoded as UTF-8, parsed with <see cref="SdpParser.TryParse"/>, the
/// lazily parsed attributes read, and an offer that parses answered by <see cref="SdpAnswerer"/> with fixed options
/// and the answer written out.
/// </summary>
internal static class SdpTarget
{
    private static readonly SdpAnswerOptions Options = new()
    {
        IceUfrag = "Srv1abcd",
        IcePwd = "fG7hJ2kL9mN4pQ8rS1tU6vW0",
        Fingerprint = DtlsFingerprint.TryParse(
            "sha-256 6B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08", out var fingerprint, out _)
            ? fingerprint! : throw new InvalidOperationException("fixed fingerprint"),
        Candidates = [new SdpCandidate("1", 1, "udp", 2130706431, "127.0.0.1", 40000, "host")],
        SessionId = "1",
        Ssrc = 0x11223344,
        CName = "switchboard",
    };

    internal static void Run(ReadOnlySpan<byte> data)
    {
        if (!SdpParser.TryParse(Encoding.UTF8.GetString(data), out var offer, out _)) return;
        _ = (offer!.IceLite, offer.BundleMids.Count, offer.ToString());
        foreach (var media in offer.Media)
        {
            _ = (media.Mid, media.Setup, media.RtcpMux, media.Direction, media.Ptime, media.EndOfCandidates, media.MediaLine);
            _ = (media.RtpMaps.Count(), media.Fmtps.Count(), media.Candidates.Count(), media.Fingerprints.Count());
            _ = (offer.IceUfragFor(media), offer.IcePwdFor(media), offer.SetupFor(media), offer.FingerprintsFor(media).Count);
        }
        var result = SdpAnswerer.Answer(offer, Options);
        if (result.Answer is { } answer && !SdpParser.TryParse(answer.ToString(), out _, out var error))
            throw new InvalidOperationException($"our own answer does not parse: {error}");
    }

    internal static IEnumerable<byte[]> Seeds() => [Encoding.UTF8.GetBytes(ChromiumOffer), Encoding.UTF8.GetBytes(PcmaOnlyOffer)];

    /// <summary>An audio offer shaped like Chromium 156's on loopback (non-trickle, candidates included).</summary>
    private const string ChromiumOffer =
        "v=0\r\no=- 4215775240449105457 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\na=extmap-allow-mixed\r\n" +
        "a=msid-semantic: WMS 5b8c2d1e\r\nm=audio 46243 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126\r\nc=IN IP4 127.0.0.1\r\n" +
        "a=rtcp:9 IN IP4 0.0.0.0\r\n" +
        "a=candidate:1467250027 1 udp 2122260223 127.0.0.1 46243 typ host generation 0 network-id 1\r\n" +
        "a=candidate:2338413347 1 tcp 1518280447 127.0.0.1 9 typ host tcptype active generation 0 network-id 1\r\n" +
        "a=ice-ufrag:Xk3v\r\na=ice-pwd:fG7hJ2kL9mN4pQ8rS1tU6vW0\r\na=ice-options:trickle\r\n" +
        "a=fingerprint:sha-256 6B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08\r\n" +
        "a=setup:actpass\r\na=mid:0\r\na=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level\r\n" +
        "a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid\r\na=sendrecv\r\na=msid:5b8c2d1e 0f9e8d7c\r\na=rtcp-mux\r\na=rtcp-rsize\r\n" +
        "a=rtpmap:111 opus/48000/2\r\na=rtcp-fb:111 transport-cc\r\na=fmtp:111 minptime=10;useinbandfec=1\r\n" +
        "a=rtpmap:63 red/48000/2\r\na=fmtp:63 111/111\r\na=rtpmap:9 G722/8000\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n" +
        "a=rtpmap:13 CN/8000\r\na=rtpmap:110 telephone-event/48000\r\na=rtpmap:126 telephone-event/8000\r\n" +
        "a=ssrc:2873562741 cname:q8vYbJ1kWm3nZ7xP\r\n";

    /// <summary>After <c>setCodecPreferences([PCMA, telephone-event/8000])</c>, with a rejected video section.</summary>
    private const string PcmaOnlyOffer =
        "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0 1\r\n" +
        "a=fingerprint:sha-256 6B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08\r\n" +
        "m=audio 9 UDP/TLS/RTP/SAVPF 8 126\r\nc=IN IP4 0.0.0.0\r\na=ice-ufrag:Xk3v\r\na=ice-pwd:fG7hJ2kL9mN4pQ8rS1tU6vW0\r\n" +
        "a=setup:active\r\na=mid:0\r\na=recvonly\r\na=rtcp-mux\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:126 telephone-event/8000\r\n" +
        "a=fmtp:126 0-15\r\na=ptime:20\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:1\r\na=rtpmap:96 VP8/90000\r\n";
}
