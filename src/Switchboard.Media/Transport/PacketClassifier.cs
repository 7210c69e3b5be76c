namespace Switchboard.Media.Transport;

/// <summary>
/// Sorts datagrams arriving on one port into STUN, DTLS, RTP and RTCP without parsing them, so a single socket can
/// serve ICE, the DTLS handshake and the media of every session (RFC 7983 for the first byte, RFC 5761 for RTCP mux).
/// </summary>
public static class PacketClassifier
{
    /// <summary>Smallest packet of each kind: a STUN header, a DTLS record header, an RTP fixed header, an RTCP header.</summary>
    private const int StunHeader = 20, DtlsRecordHeader = 13, RtpHeader = 12, RtcpHeader = 8;

    /// <summary>The kind of <paramref name="datagram"/>; <see cref="PacketKind.Unknown"/> for anything else.</summary>
    public static PacketKind Classify(ReadOnlySpan<byte> datagram)
    {
        if (datagram.IsEmpty) return PacketKind.Unknown;
        var first = datagram[0];
        if (first <= 3) return datagram.Length >= StunHeader ? PacketKind.Stun : PacketKind.Unknown;
        if (first is >= 20 and <= 63) return datagram.Length >= DtlsRecordHeader ? PacketKind.Dtls : PacketKind.Unknown;
        if (first is < 128 or > 191 || datagram.Length < RtcpHeader) return PacketKind.Unknown;
        // RTCP packet types 192–223 collide with RTP payload types 64–95 with the marker bit set; RFC 5761 keeps
        // those payload types unused so the second byte decides.
        if (datagram[1] is >= 192 and <= 223) return PacketKind.Rtcp;
        return datagram.Length >= RtpHeader ? PacketKind.Rtp : PacketKind.Unknown;
    }
}
