namespace Switchboard.Media.Rtcp;

/// <summary>RTCP packet types of RFC 3550 §12.1 (the second byte of every RTCP packet).</summary>
public enum RtcpPacketType : byte
{
    /// <summary>Sender report: sender information and reception report blocks.</summary>
    SenderReport = 200,

    /// <summary>Receiver report: reception report blocks only.</summary>
    ReceiverReport = 201,

    /// <summary>Source description items (CNAME and friends).</summary>
    SourceDescription = 202,

    /// <summary>Goodbye: the listed sources are leaving.</summary>
    Bye = 203,

    /// <summary>Application-defined.</summary>
    ApplicationDefined = 204,
}
