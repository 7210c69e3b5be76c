using System.Buffers.Binary;

namespace Switchboard.Media.Rtp;

/// <summary>
/// Writes RTP packets (RFC 3550 §5.1) with a 12-byte fixed header and no CSRCs or extension, which is all an
/// audio sender of this stack ever emits. The reader is <see cref="RtpHeader.TryRead"/>.
/// </summary>
public static class RtpPacketWriter
{
    /// <summary>
    /// Writes the header and then <paramref name="payload"/> into <paramref name="destination"/>; false (and
    /// nothing meaningful written) when it does not fit or the payload type is above 127. Never throws.
    /// </summary>
    public static bool TryWrite(
        Span<byte> destination, bool marker, byte payloadType, ushort sequenceNumber, uint timestamp, uint ssrc,
        ReadOnlySpan<byte> payload, out int written)
    {
        written = 0;
        if (payloadType > 0x7F || destination.Length < RtpHeader.FixedLength + payload.Length) return false;
        destination[0] = RtpHeader.Version2 << 6;
        destination[1] = (byte)((marker ? 0x80 : 0) | payloadType);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], sequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], ssrc);
        payload.CopyTo(destination[RtpHeader.FixedLength..]);
        written = RtpHeader.FixedLength + payload.Length;
        return true;
    }
}
