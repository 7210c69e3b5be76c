namespace Switchboard.Media.Rtcp;

/// <summary>
/// One RTCP packet of a compound packet, as found by <see cref="RtcpCompoundReader"/>: its type, the 5-bit count
/// field (report blocks, SDES chunks or BYE sources depending on type) and the bytes after the 4-byte common
/// header with any padding removed.
/// </summary>
public readonly ref struct RtcpPacket
{
    /// <summary>Creates the view; the reader is the only producer.</summary>
    internal RtcpPacket(byte type, int count, ReadOnlySpan<byte> payload)
    {
        Type = (RtcpPacketType)type;
        Count = count;
        Payload = payload;
    }

    /// <summary>Packet type; values outside <see cref="RtcpPacketType"/> are passed through for the caller to skip.</summary>
    public RtcpPacketType Type { get; }

    /// <summary>The 5-bit count field of the common header.</summary>
    public int Count { get; }

    /// <summary>Bytes after the common header, padding removed.</summary>
    public ReadOnlySpan<byte> Payload { get; }
}
