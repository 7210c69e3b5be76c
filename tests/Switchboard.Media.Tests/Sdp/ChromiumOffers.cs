namespace Switchboard.Media.Tests.Sdp;

/// <summary>
/// Audio offers shaped like Chromium 156's (non-trickle: gathered candidates already in the description), written by
/// hand after the one Chromium 156 produced on loopback: opus/111, red/63, G722/9, PCMU/0, PCMA/8, CN/13,
/// telephone-event/110 (48 kHz) and /126 (8 kHz), actpass, a SHA-256 fingerprint, BUNDLE, rtcp-mux and header extensions.
/// </summary>
internal static class ChromiumOffers
{
    internal const string Fingerprint =
        "sha-256 6B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08";

    internal static readonly string Default = Crlf($"""
        v=0
        o=- 4215775240449105457 2 IN IP4 127.0.0.1
        s=-
        t=0 0
        a=group:BUNDLE 0
        a=extmap-allow-mixed
        a=msid-semantic: WMS 5b8c2d1e-7f4a-4c3b-9e1d-2a6f8b0c4d7e
        m=audio 46243 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126
        c=IN IP4 127.0.0.1
        a=rtcp:9 IN IP4 0.0.0.0
        a=candidate:1467250027 1 udp 2122260223 127.0.0.1 46243 typ host generation 0 network-id 1
        a=candidate:2338413347 1 tcp 1518280447 127.0.0.1 9 typ host tcptype active generation 0 network-id 1
        a=ice-ufrag:Xk3v
        a=ice-pwd:fG7hJ2kL9mN4pQ8rS1tU6vW0
        a=ice-options:trickle
        a=fingerprint:{Fingerprint}
        a=setup:actpass
        a=mid:0
        a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
        a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time
        a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
        a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
        a=sendrecv
        a=msid:5b8c2d1e-7f4a-4c3b-9e1d-2a6f8b0c4d7e 0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b
        a=rtcp-mux
        a=rtcp-rsize
        a=rtcp-xr:rcvr-rtt=all
        a=rtpmap:111 opus/48000/2
        a=rtcp-fb:111 transport-cc
        a=fmtp:111 minptime=10;useinbandfec=1
        a=rtpmap:63 red/48000/2
        a=fmtp:63 111/111
        a=rtpmap:9 G722/8000
        a=rtpmap:0 PCMU/8000
        a=rtpmap:8 PCMA/8000
        a=rtpmap:13 CN/8000
        a=rtpmap:110 telephone-event/48000
        a=rtpmap:126 telephone-event/8000
        a=ssrc:2873562741 cname:q8vYbJ1kWm3nZ7xP
        a=ssrc:2873562741 msid:5b8c2d1e-7f4a-4c3b-9e1d-2a6f8b0c4d7e 0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b
        """);

    /// <summary>The same offer after <c>setCodecPreferences([PCMA, PCMU, telephone-event/8000])</c>.</summary>
    internal static readonly string PcmaFirst = Default
        .Replace("111 63 9 0 8 13 110 126", "8 0 126")
        .Replace("a=rtpmap:111 opus/48000/2\r\na=rtcp-fb:111 transport-cc\r\na=fmtp:111 minptime=10;useinbandfec=1\r\na=rtpmap:63 red/48000/2\r\na=fmtp:63 111/111\r\na=rtpmap:9 G722/8000\r\n", "")
        .Replace("a=rtpmap:13 CN/8000\r\na=rtpmap:110 telephone-event/48000\r\n", "")
        .Replace("a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000", "a=rtpmap:8 PCMA/8000\r\na=rtpmap:0 PCMU/8000");

    internal static string Crlf(string text) => text.ReplaceLineEndings("\r\n") + "\r\n";
}
