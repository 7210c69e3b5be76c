using System.Buffers.Binary;

namespace Switchboard.Media.Rtp;

/// <summary>
/// The fixed RTP header of RFC 3550 §5.1 read from a packet, with the length of everything before the payload
/// (CSRC list and header extension included), which is what SRTP authenticates but does not encrypt.
/// </summary>
public readonly record struct RtpHeader
{
    /// <summary>The RTP version this stack speaks.</summary>
    public const int Version2 = 2;

    /// <summary>Bytes of the fixed header, without CSRCs or extension.</summary>
    public const int FixedLength = 12;

    /// <summary>Whether the packet ends with padding whose length is its last byte.</summary>
    public bool Padding { get; init; }

    /// <summary>Whether a header extension follows the CSRC list.</summary>
    public bool Extension { get; init; }

    /// <summary>Number of contributing sources listed (0–15).</summary>
    public int CsrcCount { get; init; }

    /// <summary>The marker bit; for audio, the first packet of a talk spurt or of a DTMF event.</summary>
    public bool Marker { get; init; }

    /// <summary>Payload type (0–127), mapped to a codec by the SDP.</summary>
    public byte PayloadType { get; init; }

    /// <summary>Sequence number, wrapping at 65,536.</summary>
    public ushort SequenceNumber { get; init; }

    /// <summary>Media timestamp in the codec's clock (8,000 Hz for G.711).</summary>
    public uint Timestamp { get; init; }

    /// <summary>Synchronisation source of the stream.</summary>
    public uint Ssrc { get; init; }

    /// <summary>Bytes before the payload: fixed header, CSRCs and the header extension.</summary>
    public int Length { get; init; }

    /// <summary>
    /// Reads the header of <paramref name="packet"/>; false when it is not version 2 or its CSRC list or
    /// extension runs past the end. Never throws.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> packet, out RtpHeader header)
    {
        header = default;
        if (packet.Length < FixedLength || packet[0] >> 6 != Version2) return false;
        var csrcCount = packet[0] & 0x0F;
        var length = FixedLength + 4 * csrcCount;
        var extension = (packet[0] & 0x10) != 0;
        if (extension)
        {
            if (packet.Length < length + 4) return false;
            length += 4 + 4 * BinaryPrimitives.ReadUInt16BigEndian(packet[(length + 2)..]);
        }
        if (packet.Length < length) return false;
        header = new RtpHeader
        {
            Padding = (packet[0] & 0x20) != 0,
            Extension = extension,
            CsrcCount = csrcCount,
            Marker = (packet[1] & 0x80) != 0,
            PayloadType = (byte)(packet[1] & 0x7F),
            SequenceNumber = BinaryPrimitives.ReadUInt16BigEndian(packet[2..]),
            Timestamp = BinaryPrimitives.ReadUInt32BigEndian(packet[4..]),
            Ssrc = BinaryPrimitives.ReadUInt32BigEndian(packet[8..]),
            Length = length,
        };
        return true;
    }
}
