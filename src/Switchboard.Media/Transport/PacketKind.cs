namespace Switchboard.Media.Transport;

/// <summary>What a datagram on a shared media port carries, told apart by its first byte (RFC 7983).</summary>
public enum PacketKind
{
    /// <summary>Too short or a first byte no protocol on the port uses; dropped and counted.</summary>
    Unknown,

    /// <summary>A STUN message (ICE connectivity check or consent), first byte 0–3.</summary>
    Stun,

    /// <summary>A DTLS record, first byte 20–63.</summary>
    Dtls,

    /// <summary>An SRTP packet: first byte 128–191 and a payload type outside RTCP's 192–223 (RFC 5761).</summary>
    Rtp,

    /// <summary>An SRTCP packet multiplexed on the RTP port: first byte 128–191 and packet type 192–223.</summary>
    Rtcp,
}
