using System.Buffers.Binary;

namespace Switchboard.WebRtcLoad;

/// <summary>
/// The first bytes of every synthetic PCMU payload: a marker, the sender's tick number and its send time. The bridge
/// forwards payloads unchanged when both legs speak PCMU, so the receiver reads its one-way delay through the server
/// from them; the rest of the payload is a µ-law tone.
/// </summary>
internal static class PacketStamp
{
    /// <summary>Bytes the stamp takes at the start of the payload.</summary>
    public const int Length = 16;

    private const uint Marker = 0x57524C44; // "WRLD"

    /// <summary>Writes the stamp: <paramref name="tick"/> is the sender's 20 ms tick, <paramref name="sentAt"/> a Stopwatch timestamp.</summary>
    public static void Write(Span<byte> payload, long tick, long sentAt)
    {
        BinaryPrimitives.WriteUInt32BigEndian(payload, Marker);
        BinaryPrimitives.WriteInt32BigEndian(payload[4..], (int)tick);
        BinaryPrimitives.WriteInt64BigEndian(payload[8..], sentAt);
    }

    /// <summary>Reads a stamp; false when the payload does not carry one (e.g. the server's own frames).</summary>
    public static bool TryRead(ReadOnlySpan<byte> payload, out long tick, out long sentAt)
    {
        tick = 0;
        sentAt = 0;
        if (payload.Length < Length || BinaryPrimitives.ReadUInt32BigEndian(payload) != Marker) return false;
        tick = BinaryPrimitives.ReadInt32BigEndian(payload[4..]);
        sentAt = BinaryPrimitives.ReadInt64BigEndian(payload[8..]);
        return true;
    }
}
