using System.Buffers.Binary;

namespace Switchboard.Media.Rtcp;

/// <summary>
/// One reception report block (RFC 3550 §6.4.1): what a receiver has seen of one source since the last report.
/// </summary>
public readonly record struct RtcpReportBlock
{
    /// <summary>Bytes of a report block on the wire.</summary>
    public const int Length = 24;

    /// <summary>The source reported on.</summary>
    public uint Ssrc { get; init; }

    /// <summary>Fraction of packets lost since the previous report, in 1/256 (0 when packets were duplicated).</summary>
    public byte FractionLost { get; init; }

    /// <summary>Packets lost since reception began, a signed 24-bit value (duplicates can make it negative).</summary>
    public int CumulativeLost { get; init; }

    /// <summary>Highest sequence number received, with the count of wraps in the upper 16 bits.</summary>
    public uint ExtendedHighestSequence { get; init; }

    /// <summary>Interarrival jitter in timestamp units (RFC 3550 §6.4.1 and A.8).</summary>
    public uint Jitter { get; init; }

    /// <summary>Middle 32 bits of the NTP timestamp of the last sender report received from the source, or 0.</summary>
    public uint LastSenderReport { get; init; }

    /// <summary>Delay since that sender report in 1/65,536 s, or 0 when none was received.</summary>
    public uint DelaySinceLastSenderReport { get; init; }

    /// <summary>The block at <paramref name="index"/> of <paramref name="count"/> consecutive blocks (SR and RR share the layout).</summary>
    internal static RtcpReportBlock At(ReadOnlySpan<byte> blocks, int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        TryRead(blocks[(index * Length)..], out var block);
        return block;
    }

    /// <summary>Reads a block from the first 24 bytes of <paramref name="source"/>; false when shorter. Never throws.</summary>
    public static bool TryRead(ReadOnlySpan<byte> source, out RtcpReportBlock block)
    {
        block = default;
        if (source.Length < Length) return false;
        var lost = (int)(BinaryPrimitives.ReadUInt32BigEndian(source[4..]) & 0xFFFFFF);
        block = new RtcpReportBlock
        {
            Ssrc = BinaryPrimitives.ReadUInt32BigEndian(source),
            FractionLost = source[4],
            CumulativeLost = (lost << 8) >> 8,
            ExtendedHighestSequence = BinaryPrimitives.ReadUInt32BigEndian(source[8..]),
            Jitter = BinaryPrimitives.ReadUInt32BigEndian(source[12..]),
            LastSenderReport = BinaryPrimitives.ReadUInt32BigEndian(source[16..]),
            DelaySinceLastSenderReport = BinaryPrimitives.ReadUInt32BigEndian(source[20..]),
        };
        return true;
    }

    /// <summary>
    /// Writes the block into the first 24 bytes of <paramref name="destination"/>, clamping the cumulative loss to
    /// the 24-bit range as §6.4.1 asks; false when shorter.
    /// </summary>
    public bool TryWrite(Span<byte> destination)
    {
        if (destination.Length < Length) return false;
        var lost = Math.Clamp(CumulativeLost, -0x800000, 0x7FFFFF) & 0xFFFFFF;
        BinaryPrimitives.WriteUInt32BigEndian(destination, Ssrc);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], (uint)(FractionLost << 24 | lost));
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], ExtendedHighestSequence);
        BinaryPrimitives.WriteUInt32BigEndian(destination[12..], Jitter);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], LastSenderReport);
        BinaryPrimitives.WriteUInt32BigEndian(destination[20..], DelaySinceLastSenderReport);
        return true;
    }
}
