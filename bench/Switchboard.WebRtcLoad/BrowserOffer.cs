using System.Globalization;
using System.Net;
using Switchboard.Media.Dtls;
using Switchboard.Media.Ice;

namespace Switchboard.WebRtcLoad;

/// <summary>
/// The SDP a synthetic browser offers (shaped like Chromium's audio offer after <c>setCodecPreferences([PCMU,
/// telephone-event])</c>: BUNDLE, rtcp-mux, a host candidate, actpass) and what it needs from the server's answer.
/// </summary>
internal static class BrowserOffer
{
    /// <summary>An offer for one endpoint listening on <paramref name="local"/>.</summary>
    public static string Create(IPEndPoint local, IceCredentials ice, DtlsFingerprint fingerprint, uint ssrc)
    {
        var session = Random.Shared.NextInt64(1, long.MaxValue);
        var lines = new[]
        {
            "v=0",
            $"o=- {session} 2 IN IP4 127.0.0.1",
            "s=-",
            "t=0 0",
            "a=group:BUNDLE 0",
            "a=msid-semantic: WMS load",
            $"m=audio {local.Port} UDP/TLS/RTP/SAVPF 0 126",
            $"c=IN IP4 {local.Address}",
            "a=rtcp:9 IN IP4 0.0.0.0",
            $"a=candidate:1467250027 1 udp 2122260223 {local.Address} {local.Port} typ host generation 0 network-id 1",
            $"a=ice-ufrag:{ice.Ufrag}",
            $"a=ice-pwd:{ice.Password}",
            "a=ice-options:trickle",
            $"a=fingerprint:{fingerprint}",
            "a=setup:actpass",
            "a=mid:0",
            "a=sendrecv",
            "a=msid:load track",
            "a=rtcp-mux",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:126 telephone-event/8000",
            $"a=ssrc:{ssrc} cname:load{ssrc}",
        };
        return string.Join("\r\n", lines) + "\r\n";
    }

    /// <summary>The server's side of the session as its answer states it; null with a reason when something is missing.</summary>
    public static ServerAnswer? Read(string sdp, out string? problem)
    {
        string? ufrag = null, password = null, setup = null;
        DtlsFingerprint? fingerprint = null;
        IPEndPoint? candidate = null;
        foreach (var raw in sdp.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("a=ice-ufrag:", StringComparison.Ordinal)) ufrag = line["a=ice-ufrag:".Length..];
            else if (line.StartsWith("a=ice-pwd:", StringComparison.Ordinal)) password = line["a=ice-pwd:".Length..];
            else if (line.StartsWith("a=setup:", StringComparison.Ordinal)) setup = line["a=setup:".Length..];
            else if (line.StartsWith("a=fingerprint:", StringComparison.Ordinal))
                DtlsFingerprint.TryParse(line["a=fingerprint:".Length..], out fingerprint, out _);
            else if (line.StartsWith("a=candidate:", StringComparison.Ordinal) && candidate is null)
            {
                // foundation component transport priority address port "typ" type
                var fields = line.Split(' ');
                if (fields.Length >= 6 && fields[2].Equals("udp", StringComparison.OrdinalIgnoreCase)
                    && IPAddress.TryParse(fields[4], out var address)
                    && int.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
                {
                    candidate = new IPEndPoint(address, port);
                }
            }
        }
        problem = ufrag is null || password is null ? "no ICE credentials"
            : fingerprint is null ? "no usable fingerprint"
            : candidate is null ? "no UDP candidate"
            : setup is not ("active" or "passive") ? $"setup '{setup}' is neither active nor passive"
            : null;
        if (problem is not null) return null;
        return new ServerAnswer(new IceCredentials(ufrag!, password!), fingerprint!, candidate!,
            setup == "passive" ? DtlsRole.Client : DtlsRole.Server);
    }
}
