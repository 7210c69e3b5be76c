using System.Text;
using CsCheck;
using Switchboard.Media.Rtcp;

namespace Switchboard.Media.Tests.Rtcp;

public class RtcpPacketTests
{
    // A sender report with one report block, then an SDES with CNAME "ab", as a browser sends them.
    private static readonly byte[] SenderReportAndCname =
    [
        0x81, 200, 0x00, 0x0C, 0x11, 0x22, 0x33, 0x44,
        0xE8, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0F, 0xA0, 0x00, 0x00, 0x00, 0x32,
        0x00, 0x00, 0x1F, 0x40,
        0x55, 0x66, 0x77, 0x88, 0x0A, 0xFF, 0xFF, 0xFE, 0x00, 0x01, 0x00, 0x05, 0x00, 0x00, 0x00, 0x14,
        0x12, 0x34, 0x56, 0x78, 0x00, 0x00, 0x80, 0x00,
        0x81, 202, 0x00, 0x03, 0x11, 0x22, 0x33, 0x44, 0x01, 0x02, (byte)'a', (byte)'b', 0x00, 0x00, 0x00, 0x00,
    ];

    [Fact]
    public void Reads_a_sender_report_and_its_cname_from_a_compound_packet()
    {
        var reader = new RtcpCompoundReader(SenderReportAndCname);

        Assert.True(reader.TryReadNext(out var first));
        Assert.True(RtcpSenderReport.TryRead(first, out var report));
        Assert.Equal(0x11223344u, report.Ssrc);
        Assert.Equal(new RtcpSenderInfo
        {
            NtpTimestamp = 0xE800000080000000, RtpTimestamp = 4000, PacketCount = 50, OctetCount = 8000,
        }, report.SenderInfo);
        Assert.Equal(1, report.ReportCount);
        Assert.Equal(new RtcpReportBlock
        {
            Ssrc = 0x55667788, FractionLost = 10, CumulativeLost = -2, ExtendedHighestSequence = 0x10005, Jitter = 20,
            LastSenderReport = 0x12345678, DelaySinceLastSenderReport = 0x8000,
        }, report.GetReportBlock(0));

        Assert.True(reader.TryReadNext(out var second));
        var sdes = new RtcpSourceDescriptionReader(second);
        Assert.True(sdes.TryReadNext(out var ssrc, out var item, out var value));
        Assert.Equal((0x11223344u, (byte)1, "ab"), (ssrc, item, Encoding.UTF8.GetString(value)));
        Assert.False(sdes.TryReadNext(out _, out _, out _));
        Assert.False(sdes.Malformed);

        Assert.False(reader.TryReadNext(out _));
        Assert.False(reader.Malformed);
    }

    public static TheoryData<string, byte[]> MalformedCompounds => new()
    {
        { "empty datagram", [] },
        { "shorter than a header", [0x80, 201, 0x00] },
        { "version 1", [0x40, 201, 0x00, 0x01, 0, 0, 0, 1] },
        { "length past the datagram", [0x80, 201, 0x00, 0x02, 0, 0, 0, 1] },
        { "padding of zero", [0xA0, 201, 0x00, 0x01, 0, 0, 0, 0] },
        { "padding longer than the packet", [0xA0, 201, 0x00, 0x01, 0, 0, 0, 9] },
        { "a good report then garbage", [0x80, 201, 0x00, 0x01, 0, 0, 0, 1, 0xFF] },
    };

    [Theory]
    [MemberData(nameof(MalformedCompounds))]
    public void Malformed_compounds_stop_the_walk_and_say_so(string name, byte[] datagram)
    {
        var reader = new RtcpCompoundReader(datagram);
        while (reader.TryReadNext(out _))
        {
        }

        Assert.True(reader.Malformed, name);
    }

    public static TheoryData<string, byte[]> TruncatedBodies => new()
    {
        { "SR claiming a block it lacks", [0x81, 200, 0x00, 0x06, 0, 0, 0, 1, .. new byte[20]] },
        { "RR claiming two blocks with one", [0x82, 201, 0x00, 0x07, 0, 0, 0, 1, .. new byte[24]] },
        { "BYE claiming two sources with one", [0x82, 203, 0x00, 0x01, 0, 0, 0, 1] },
        { "BYE reason past the end", [0x81, 203, 0x00, 0x02, 0, 0, 0, 1, 9, (byte)'x', 0, 0] },
        { "SDES item past the end", [0x81, 202, 0x00, 0x02, 0, 0, 0, 1, 1, 9, (byte)'x', 0] },
        { "SDES without end byte", [0x81, 202, 0x00, 0x02, 0, 0, 0, 1, 1, 2, (byte)'x', (byte)'y'] },
    };

    [Theory]
    [MemberData(nameof(TruncatedBodies))]
    public void Packets_shorter_than_their_counts_are_refused(string name, byte[] datagram)
    {
        var reader = new RtcpCompoundReader(datagram);
        Assert.True(reader.TryReadNext(out var packet), name);

        Assert.False(ReadsCompletely(packet), name);
    }

    [Fact]
    public void A_bye_with_reason_round_trips()
    {
        var buffer = new byte[64];
        var writer = new RtcpCompoundWriter(buffer);
        Assert.True(writer.TryWriteReceiverReport(7, []));
        Assert.True(writer.TryWriteBye([7, 8], "hung up"));

        var reader = new RtcpCompoundReader(buffer.AsSpan(0, writer.Written));
        Assert.True(reader.TryReadNext(out var rr));
        Assert.True(RtcpReceiverReport.TryRead(rr, out var report));
        Assert.Equal((7u, 0), (report.Ssrc, report.ReportCount));
        Assert.True(reader.TryReadNext(out var packet));
        Assert.True(RtcpBye.TryRead(packet, out var bye));
        Assert.Equal((2, 7u, 8u, "hung up"), (bye.SourceCount, bye.GetSource(0), bye.GetSource(1), Encoding.UTF8.GetString(bye.Reason)));
        Assert.False(reader.TryReadNext(out _));
        Assert.False(reader.Malformed);
    }

    [Fact]
    public void The_writer_refuses_what_does_not_fit_and_keeps_what_it_wrote()
    {
        var writer = new RtcpCompoundWriter(new byte[40]);

        Assert.True(writer.TryWriteReceiverReport(1, []));
        Assert.False(writer.TryWriteReceiverReport(1, [default, default]));
        Assert.False(writer.TryWriteBye(new uint[32]));
        Assert.False(writer.TryWriteSourceDescription(1, new string('x', 256)));

        Assert.Equal(8, writer.Written);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        Gen.Byte.Array[0, 120].Sample(bytes =>
        {
            var reader = new RtcpCompoundReader(bytes);
            while (reader.TryReadNext(out var packet)) ReadsCompletely(packet);
        }, iter: 20_000);
    }

    [Fact]
    public void Random_packets_behind_a_valid_header_never_throw()
    {
        // Random bodies rarely pass the common header check; this puts them behind a valid one of every type.
        Gen.Select(Gen.Byte[200, 204], Gen.Int[0, 31], Gen.Byte.Array[0, 30].Select(b => b.Length / 4 * 4)
            .SelectMany(n => Gen.Byte.Array[n, n])).Sample((type, count, body) =>
        {
            byte[] datagram = [(byte)(0x80 | count), type, 0, (byte)(body.Length / 4), .. body, 0, 0, 0, 0];
            var reader = new RtcpCompoundReader(datagram);
            while (reader.TryReadNext(out var packet)) ReadsCompletely(packet);
        }, iter: 20_000);
    }

    private static readonly Gen<RtcpReportBlock> GenBlock =
        Gen.Select(Gen.UInt, Gen.Byte, Gen.Int[-0x800000, 0x7FFFFF], Gen.UInt, Gen.UInt, Gen.UInt, Gen.UInt)
            .Select((ssrc, fraction, lost, highest, jitter, lsr, dlsr) => new RtcpReportBlock
            {
                Ssrc = ssrc, FractionLost = fraction, CumulativeLost = lost, ExtendedHighestSequence = highest,
                Jitter = jitter, LastSenderReport = lsr, DelaySinceLastSenderReport = dlsr,
            });

    [Fact]
    public void Written_compounds_read_back_the_same()
    {
        var genInfo = Gen.Select(Gen.ULong, Gen.UInt, Gen.UInt, Gen.UInt).Select((ntp, rtp, packets, octets) =>
            new RtcpSenderInfo { NtpTimestamp = ntp, RtpTimestamp = rtp, PacketCount = packets, OctetCount = octets });
        Gen.Select(Gen.UInt, genInfo, GenBlock.Array[0, 31], Gen.String[Gen.Char.AlphaNumeric, 0, 60], Gen.UInt.Array[0, 31],
            Gen.String[Gen.Char.AlphaNumeric, 0, 60].Null()).Sample((ssrc, info, blocks, cname, leaving, reason) =>
        {
            var buffer = new byte[4096];
            var writer = new RtcpCompoundWriter(buffer);
            Assert.True(writer.TryWriteSenderReport(ssrc, info, blocks));
            Assert.True(writer.TryWriteReceiverReport(ssrc, blocks));
            Assert.True(writer.TryWriteSourceDescription(ssrc, cname));
            Assert.True(writer.TryWriteBye(leaving, reason));

            var reader = new RtcpCompoundReader(buffer.AsSpan(0, writer.Written));
            Assert.True(reader.TryReadNext(out var p1));
            Assert.True(RtcpSenderReport.TryRead(p1, out var sr));
            Assert.Equal((ssrc, info), (sr.Ssrc, sr.SenderInfo));
            Assert.Equal(blocks, Blocks(sr));
            Assert.True(reader.TryReadNext(out var p2));
            Assert.True(RtcpReceiverReport.TryRead(p2, out var rr));
            Assert.Equal(blocks, Blocks(rr));
            Assert.True(reader.TryReadNext(out var p3));
            var sdes = new RtcpSourceDescriptionReader(p3);
            Assert.True(sdes.TryReadNext(out var cnameSsrc, out _, out var value));
            Assert.Equal((ssrc, cname), (cnameSsrc, Encoding.UTF8.GetString(value)));
            Assert.False(sdes.TryReadNext(out _, out _, out _) || sdes.Malformed);
            Assert.True(reader.TryReadNext(out var p4));
            Assert.True(RtcpBye.TryRead(p4, out var bye));
            var sources = new uint[bye.SourceCount];
            for (var i = 0; i < sources.Length; i++) sources[i] = bye.GetSource(i);
            Assert.Equal(leaving, sources);
            Assert.Equal(reason ?? "", Encoding.UTF8.GetString(bye.Reason));
            Assert.False(reader.TryReadNext(out _) || reader.Malformed);
        }, iter: 500);
    }

    private static RtcpReportBlock[] Blocks(RtcpSenderReport report)
    {
        var blocks = new RtcpReportBlock[report.ReportCount];
        for (var i = 0; i < blocks.Length; i++) blocks[i] = report.GetReportBlock(i);
        return blocks;
    }

    private static RtcpReportBlock[] Blocks(RtcpReceiverReport report)
    {
        var blocks = new RtcpReportBlock[report.ReportCount];
        for (var i = 0; i < blocks.Length; i++) blocks[i] = report.GetReportBlock(i);
        return blocks;
    }

    private static bool ReadsCompletely(RtcpPacket packet)
    {
        switch (packet.Type)
        {
            case RtcpPacketType.SenderReport:
                if (!RtcpSenderReport.TryRead(packet, out var sr)) return false;
                for (var i = 0; i < sr.ReportCount; i++) sr.GetReportBlock(i);
                return true;
            case RtcpPacketType.ReceiverReport:
                if (!RtcpReceiverReport.TryRead(packet, out var rr)) return false;
                for (var i = 0; i < rr.ReportCount; i++) rr.GetReportBlock(i);
                return true;
            case RtcpPacketType.SourceDescription:
                var sdes = new RtcpSourceDescriptionReader(packet);
                while (sdes.TryReadNext(out _, out _, out _))
                {
                }
                return !sdes.Malformed;
            case RtcpPacketType.Bye:
                if (!RtcpBye.TryRead(packet, out var bye)) return false;
                for (var i = 0; i < bye.SourceCount; i++) bye.GetSource(i);
                return true;
            default:
                return true;
        }
    }
}
