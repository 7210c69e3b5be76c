namespace Switchboard.IntegrationTests.Media;

/// <summary>A browser's audio offer as the offer endpoints receive it, trimmed to what matters for answering.</summary>
internal static class BrowserOffer
{
    /// <summary>A PCMU + telephone-event offer with ICE credentials, a fingerprint and actpass, like Chromium's.</summary>
    public static string Audio(string codecs = "0 126") => string.Join("\r\n",
        "v=0",
        "o=- 4611731400430051336 2 IN IP4 127.0.0.1",
        "s=-",
        "t=0 0",
        "a=group:BUNDLE 0",
        $"m=audio 50000 UDP/TLS/RTP/SAVPF {codecs}",
        "c=IN IP4 127.0.0.1",
        "a=candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host",
        "a=ice-ufrag:abcd",
        "a=ice-pwd:0123456789abcdefghijklmn",
        "a=fingerprint:sha-256 6B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08",
        "a=setup:actpass",
        "a=mid:0",
        "a=sendrecv",
        "a=rtcp-mux",
        "a=rtpmap:0 PCMU/8000",
        "a=rtpmap:126 telephone-event/8000",
        "") ;
}
