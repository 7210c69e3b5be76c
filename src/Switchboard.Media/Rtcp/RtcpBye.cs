using System.Buffers.Binary;

namespace Switchboard.Media.Rtcp;

/// <summary>A BYE packet (RFC 3550 §6.6) read from an <see cref="RtcpPacket"/>: the leaving sources and a reason.</summary>
public readonly ref struct RtcpBye
{
    private readonly ReadOnlySpan<byte> _sources;

    private RtcpBye(ReadOnlySpan<byte> sources, int count, ReadOnlySpan<byte> reason)
    {
        _sources = sources;
        SourceCount = count;
        Reason = reason;
    }

    /// <summary>Number of sources leaving.</summary>
    public int SourceCount { get; }

    /// <summary>The reason text (UTF-8), empty when none was given.</summary>
    public ReadOnlySpan<byte> Reason { get; }

    /// <summary>The source at <paramref name="index"/> (0 ≤ index &lt; <see cref="SourceCount"/>).</summary>
    public uint GetSource(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, SourceCount);
        return BinaryPrimitives.ReadUInt32BigEndian(_sources[(4 * index)..]);
    }

    /// <summary>
    /// Reads a BYE; false when the packet is of another type, shorter than its source count, or its reason runs
    /// past the end. Never throws.
    /// </summary>
    public static bool TryRead(RtcpPacket packet, out RtcpBye bye)
    {
        bye = default;
        var payload = packet.Payload;
        var sourcesLength = 4 * packet.Count;
        if (packet.Type != RtcpPacketType.Bye || payload.Length < sourcesLength) return false;
        var rest = payload[sourcesLength..];
        var reason = ReadOnlySpan<byte>.Empty;
        if (!rest.IsEmpty)
        {
            if (rest.Length < 1 + rest[0]) return false;
            reason = rest.Slice(1, rest[0]);
        }
        bye = new RtcpBye(payload[..sourcesLength], packet.Count, reason);
        return true;
    }
}
