using System.Buffers.Binary;

namespace Switchboard.Media.Rtcp;

/// <summary>A sender report (RFC 3550 §6.4.1) read from an <see cref="RtcpPacket"/>, without copying its blocks.</summary>
public readonly ref struct RtcpSenderReport
{
    private readonly ReadOnlySpan<byte> _blocks;

    private RtcpSenderReport(uint ssrc, RtcpSenderInfo info, ReadOnlySpan<byte> blocks, int count)
    {
        Ssrc = ssrc;
        SenderInfo = info;
        _blocks = blocks;
        ReportCount = count;
    }

    /// <summary>The sender.</summary>
    public uint Ssrc { get; }

    /// <summary>The sender information section.</summary>
    public RtcpSenderInfo SenderInfo { get; }

    /// <summary>Number of report blocks.</summary>
    public int ReportCount { get; }

    /// <summary>The report block at <paramref name="index"/> (0 ≤ index &lt; <see cref="ReportCount"/>).</summary>
    public RtcpReportBlock GetReportBlock(int index) => RtcpReportBlock.At(_blocks, index, ReportCount);

    /// <summary>
    /// Reads a sender report; false when the packet is of another type or shorter than its report count says.
    /// Never throws.
    /// </summary>
    public static bool TryRead(RtcpPacket packet, out RtcpSenderReport report)
    {
        report = default;
        var payload = packet.Payload;
        var blocksLength = packet.Count * RtcpReportBlock.Length;
        if (packet.Type != RtcpPacketType.SenderReport || payload.Length < 4 + RtcpSenderInfo.Length + blocksLength)
        {
            return false;
        }
        report = new RtcpSenderReport(
            BinaryPrimitives.ReadUInt32BigEndian(payload), RtcpSenderInfo.Read(payload[4..]),
            payload.Slice(4 + RtcpSenderInfo.Length, blocksLength), packet.Count);
        return true;
    }
}
