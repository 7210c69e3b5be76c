using System.Buffers.Binary;

namespace Switchboard.Media.Rtcp;

/// <summary>The sender information section of a sender report (RFC 3550 §6.4.1).</summary>
public readonly record struct RtcpSenderInfo
{
    /// <summary>Bytes of the section on the wire.</summary>
    public const int Length = 20;

    /// <summary>Wallclock time of the report as a 64-bit NTP timestamp (see <see cref="NtpTimestamp"/>).</summary>
    public ulong NtpTimestamp { get; init; }

    /// <summary>The same instant in the stream's RTP timestamp units.</summary>
    public uint RtpTimestamp { get; init; }

    /// <summary>Packets sent since the stream began.</summary>
    public uint PacketCount { get; init; }

    /// <summary>Payload octets sent since the stream began.</summary>
    public uint OctetCount { get; init; }

    internal static RtcpSenderInfo Read(ReadOnlySpan<byte> source) => new()
    {
        NtpTimestamp = BinaryPrimitives.ReadUInt64BigEndian(source),
        RtpTimestamp = BinaryPrimitives.ReadUInt32BigEndian(source[8..]),
        PacketCount = BinaryPrimitives.ReadUInt32BigEndian(source[12..]),
        OctetCount = BinaryPrimitives.ReadUInt32BigEndian(source[16..]),
    };

    internal void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, NtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], RtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[12..], PacketCount);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], OctetCount);
    }
}
