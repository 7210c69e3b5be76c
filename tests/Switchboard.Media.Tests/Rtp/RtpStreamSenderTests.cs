using CsCheck;
using Switchboard.Media.Rtp;

namespace Switchboard.Media.Tests.Rtp;

public class RtpStreamSenderTests
{
    [Fact]
    public void Each_20ms_packet_advances_the_sequence_by_one_and_the_timestamp_by_160()
    {
        var sender = new RtpStreamSender(ssrc: 0xCAFEBABE, initialSequence: 65535, initialTimestamp: uint.MaxValue - 100);
        var buffer = new byte[200];
        var payload = new byte[160];
        var seen = new List<(ushort, uint)>();

        for (var i = 0; i < 3; i++)
        {
            Assert.True(sender.TryWriteNext(buffer, 0, payload, marker: i == 0, out var written));
            Assert.Equal(172, written);
            Assert.True(RtpHeader.TryRead(buffer.AsSpan(0, written), out var header));
            Assert.Equal((0xCAFEBABE, i == 0), (header.Ssrc, header.Marker));
            seen.Add((header.SequenceNumber, header.Timestamp));
        }

        Assert.Equal([(65535, uint.MaxValue - 100), (0, 59), (1, 219)], seen);
        Assert.Equal((3u, 480u), (sender.PacketCount, sender.OctetCount));
    }

    [Fact]
    public void A_packet_that_does_not_fit_is_refused_and_the_stream_does_not_move()
    {
        var sender = new RtpStreamSender(1, 10, 1000);

        Assert.False(sender.TryWriteNext(new byte[100], 0, new byte[160], false, out _));

        Assert.Equal((10, 1000u, 0u), (sender.NextSequenceNumber, sender.NextTimestamp, sender.PacketCount));
    }

    [Fact]
    public void Payload_types_above_127_are_refused()
    {
        Assert.False(RtpPacketWriter.TryWrite(new byte[20], false, 128, 0, 0, 0, [], out _));
    }

    [Fact]
    public void Two_streams_start_at_different_random_points()
    {
        var a = new RtpStreamSender();
        var b = new RtpStreamSender();

        Assert.NotEqual((a.Ssrc, a.NextSequenceNumber, a.NextTimestamp), (b.Ssrc, b.NextSequenceNumber, b.NextTimestamp));
    }

    [Fact]
    public void Skipping_moves_the_timestamp_but_not_the_sequence()
    {
        var sender = new RtpStreamSender(1, 10, 1000);

        sender.Skip(800);

        Assert.Equal((10, 1800u), (sender.NextSequenceNumber, sender.NextTimestamp));
    }

    [Fact]
    public void Written_packets_read_back_with_the_same_fields_and_payload()
    {
        Gen.Select(Gen.Bool, Gen.Byte[0, 127], Gen.UShort, Gen.UInt, Gen.UInt, Gen.Byte.Array[0, 200]).Sample(
            (marker, type, sequence, timestamp, ssrc, payload) =>
            {
                var buffer = new byte[RtpHeader.FixedLength + payload.Length];
                Assert.True(RtpPacketWriter.TryWrite(buffer, marker, type, sequence, timestamp, ssrc, payload, out var n));
                Assert.True(RtpHeader.TryRead(buffer.AsSpan(0, n), out var header));
                Assert.Equal(new RtpHeader
                {
                    Marker = marker, PayloadType = type, SequenceNumber = sequence, Timestamp = timestamp, Ssrc = ssrc,
                    Length = RtpHeader.FixedLength,
                }, header);
                Assert.Equal(payload, buffer[header.Length..n]);
            });
    }

    [Fact]
    public void Writing_a_packet_does_not_allocate()
    {
        var sender = new RtpStreamSender(1, 2, 3);
        var buffer = new byte[200];
        var payload = new byte[160];
        sender.TryWriteNext(buffer, 0, payload, false, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) sender.TryWriteNext(buffer, 0, payload, false, out _);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
