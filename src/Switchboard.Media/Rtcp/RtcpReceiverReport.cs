using System.Buffers.Binary;

namespace Switchboard.Media.Rtcp;

/// <summary>A receiver report (RFC 3550 §6.4.2) read from an <see cref="RtcpPacket"/>, without copying its blocks.</summary>
public readonly ref struct RtcpReceiverReport
{
    private readonly ReadOnlySpan<byte> _blocks;

    private RtcpReceiverReport(uint ssrc, ReadOnlySpan<byte> blocks, int count)
    {
        Ssrc = ssrc;
        _blocks = blocks;
        ReportCount = count;
    }

    /// <summary>The receiver sending the report.</summary>
    public uint Ssrc { get; }

    /// <summary>Number of report blocks.</summary>
    public int ReportCount { get; }

    /// <summary>The report block at <paramref name="index"/> (0 ≤ index &lt; <see cref="ReportCount"/>).</summary>
    public RtcpReportBlock GetReportBlock(int index) => RtcpReportBlock.At(_blocks, index, ReportCount);

    /// <summary>
    /// Reads a receiver report; false when the packet is of another type or shorter than its report count says.
    /// Never throws.
    /// </summary>
    public static bool TryRead(RtcpPacket packet, out RtcpReceiverReport report)
    {
        report = default;
        var payload = packet.Payload;
        var blocksLength = packet.Count * RtcpReportBlock.Length;
        if (packet.Type != RtcpPacketType.ReceiverReport || payload.Length < 4 + blocksLength) return false;
        report = new RtcpReceiverReport(
            BinaryPrimitives.ReadUInt32BigEndian(payload), payload.Slice(4, blocksLength), packet.Count);
        return true;
    }
}
