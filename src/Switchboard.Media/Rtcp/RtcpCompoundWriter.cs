using System.Buffers.Binary;
using System.Text;

namespace Switchboard.Media.Rtcp;

/// <summary>
/// Appends RTCP packets to a compound packet in a caller's buffer (RFC 3550 §6.1: a report first, then SDES with a
/// CNAME, then BYE if leaving). Every method returns false, leaving the buffer's written part unchanged, when the
/// packet does not fit or a count exceeds the 5-bit field. Never throws, never allocates.
/// </summary>
public ref struct RtcpCompoundWriter
{
    private const int MaxCount = 31;
    private readonly Span<byte> _destination;

    /// <summary>Starts an empty compound packet in <paramref name="destination"/>.</summary>
    public RtcpCompoundWriter(Span<byte> destination) => _destination = destination;

    /// <summary>Bytes written so far: the compound packet is <c>destination[..Written]</c>.</summary>
    public int Written { get; private set; }

    /// <summary>Appends a sender report with up to 31 report blocks.</summary>
    public bool TryWriteSenderReport(uint ssrc, RtcpSenderInfo info, scoped ReadOnlySpan<RtcpReportBlock> blocks)
    {
        var length = 8 + RtcpSenderInfo.Length + blocks.Length * RtcpReportBlock.Length;
        if (blocks.Length > MaxCount || !TryStart(RtcpPacketType.SenderReport, blocks.Length, length, out var packet))
        {
            return false;
        }
        BinaryPrimitives.WriteUInt32BigEndian(packet[4..], ssrc);
        info.Write(packet[8..]);
        WriteBlocks(packet[(8 + RtcpSenderInfo.Length)..], blocks);
        Written += length;
        return true;
    }

    /// <summary>Appends a receiver report with up to 31 report blocks.</summary>
    public bool TryWriteReceiverReport(uint ssrc, scoped ReadOnlySpan<RtcpReportBlock> blocks)
    {
        var length = 8 + blocks.Length * RtcpReportBlock.Length;
        if (blocks.Length > MaxCount || !TryStart(RtcpPacketType.ReceiverReport, blocks.Length, length, out var packet))
        {
            return false;
        }
        BinaryPrimitives.WriteUInt32BigEndian(packet[4..], ssrc);
        WriteBlocks(packet[8..], blocks);
        Written += length;
        return true;
    }

    /// <summary>Appends an SDES packet of one chunk carrying the CNAME (at most 255 UTF-8 bytes).</summary>
    public bool TryWriteSourceDescription(uint ssrc, string cname)
    {
        var cnameLength = Encoding.UTF8.GetByteCount(cname);
        if (cnameLength > 255) return false;
        // SSRC, CNAME item (type, length, text), then the end byte and padding to a 32-bit boundary.
        var chunk = (4 + 2 + cnameLength + 4) & ~3;
        var length = 4 + chunk;
        if (!TryStart(RtcpPacketType.SourceDescription, 1, length, out var packet)) return false;
        BinaryPrimitives.WriteUInt32BigEndian(packet[4..], ssrc);
        packet[8] = RtcpSourceDescriptionReader.CnameItem;
        packet[9] = (byte)cnameLength;
        Encoding.UTF8.GetBytes(cname, packet[10..]);
        packet[(10 + cnameLength)..length].Clear();
        Written += length;
        return true;
    }

    /// <summary>Appends a BYE for up to 31 sources with an optional reason (at most 255 UTF-8 bytes).</summary>
    public bool TryWriteBye(scoped ReadOnlySpan<uint> sources, string? reason = null)
    {
        var reasonLength = reason is null ? 0 : Encoding.UTF8.GetByteCount(reason);
        if (sources.Length > MaxCount || reasonLength > 255) return false;
        var reasonField = reason is null ? 0 : (1 + reasonLength + 3) & ~3;
        var length = 4 + 4 * sources.Length + reasonField;
        if (!TryStart(RtcpPacketType.Bye, sources.Length, length, out var packet)) return false;
        for (var i = 0; i < sources.Length; i++) BinaryPrimitives.WriteUInt32BigEndian(packet[(4 + 4 * i)..], sources[i]);
        if (reason is not null)
        {
            var field = packet[(4 + 4 * sources.Length)..length];
            field.Clear();
            field[0] = (byte)reasonLength;
            Encoding.UTF8.GetBytes(reason, field[1..]);
        }
        Written += length;
        return true;
    }

    private readonly bool TryStart(RtcpPacketType type, int count, int length, out Span<byte> packet)
    {
        packet = default;
        if (_destination.Length - Written < length) return false;
        packet = _destination.Slice(Written, length);
        packet[0] = (byte)(2 << 6 | count);
        packet[1] = (byte)type;
        BinaryPrimitives.WriteUInt16BigEndian(packet[2..], (ushort)(length / 4 - 1));
        return true;
    }

    private static void WriteBlocks(Span<byte> destination, scoped ReadOnlySpan<RtcpReportBlock> blocks)
    {
        for (var i = 0; i < blocks.Length; i++) blocks[i].TryWrite(destination[(i * RtcpReportBlock.Length)..]);
    }
}
