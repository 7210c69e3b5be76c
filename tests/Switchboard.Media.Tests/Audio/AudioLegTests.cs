using CsCheck;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Media.Audio;
using Switchboard.Media.Codecs;
using Switchboard.Media.Jitter;
using Switchboard.Media.Rtcp;
using Switchboard.Media.Rtp;

namespace Switchboard.Media.Tests.Audio;

public class AudioLegTests
{
    private sealed class CountingTransport : ILegTransport
    {
        public int Sent;

        public void SendRtp(ReadOnlySpan<byte> packet) => Sent++;
    }

    [Fact]
    public void The_rtcp_report_carries_what_the_leg_heard_and_echoes_the_endpoints_sender_report()
    {
        var time = new FakeTimeProvider();
        var leg = new AudioLeg("agent", G711Codec.Pcmu, time);
        var endpoint = new RtpStreamSender(ssrc: 0xABCD, initialSequence: 65530, initialTimestamp: 0);
        var packet = new byte[172];
        for (var i = 0; i < 10; i++)
        {
            endpoint.TryWriteNext(packet, 0, new byte[160], false, out _);
            if (i != 4) leg.ReceiveRtp(packet); // one lost, across the sequence wrap
            time.Advance(AudioFrame.Duration);
        }
        var endpointReport = new byte[64];
        var writer = new RtcpCompoundWriter(endpointReport);
        writer.TryWriteSenderReport(0xABCD, new RtcpSenderInfo { NtpTimestamp = 0x0000_0011_2222_0000 }, []);
        leg.ReceiveRtcp(endpointReport.AsSpan(0, writer.Written));
        time.Advance(TimeSpan.FromSeconds(1));
        leg.SendFrame(new short[160]);

        var buffer = new byte[200];
        Assert.True(leg.TryWriteRtcpReport(buffer, "switchboard", out var written));

        var reader = new RtcpCompoundReader(buffer.AsSpan(0, written));
        Assert.True(reader.TryReadNext(out var first));
        Assert.True(RtcpSenderReport.TryRead(first, out var report));
        Assert.Equal((leg.Ssrc, 1u, 160u), (report.Ssrc, report.SenderInfo.PacketCount, report.SenderInfo.OctetCount));
        var block = report.GetReportBlock(0);
        Assert.Equal((0xABCDu, 1, 65536u + 3, 0x0011_2222u, 65536u),
            (block.Ssrc, block.CumulativeLost, block.ExtendedHighestSequence, block.LastSenderReport, block.DelaySinceLastSenderReport));
        Assert.True(reader.TryReadNext(out var second));
        Assert.Equal(RtcpPacketType.SourceDescription, second.Type);
    }

    [Fact]
    public void A_stream_whose_sequence_and_timestamp_wrap_plays_every_frame_in_order()
    {
        var time = new FakeTimeProvider();
        var leg = new AudioLeg("customer", G711Codec.Pcmu, time);
        var endpoint = new RtpStreamSender(ssrc: 7, initialSequence: 65525, initialTimestamp: uint.MaxValue - 1600);
        var packet = new byte[172];
        var payload = new byte[160];
        var frame = new short[160];
        var played = new List<short>();

        for (var i = 0; i < 30; i++)
        {
            payload.AsSpan().Fill(MuLaw.Encode((short)(i * 100)));
            endpoint.TryWriteNext(packet, 0, payload, false, out _);
            leg.ReceiveRtp(packet);
            time.Advance(AudioFrame.Duration);
            if (leg.ReadFrame(frame) == JitterBufferFrame.Played) played.Add(frame[^1]);
        }

        Assert.Equal(Enumerable.Range(0, 29).Select(Level), played);
        Assert.Equal((0L, 0L, 65536u + 18), (leg.Jitter.Concealed, leg.Jitter.Late, leg.ReceiveStatistics!.ExtendedHighestSequence));

        static short Level(int i) => MuLaw.Decode(MuLaw.Encode((short)(i * 100)));
    }

    [Fact]
    public void Before_sending_anything_the_leg_reports_as_a_receiver()
    {
        var leg = new AudioLeg("agent", G711Codec.Pcmu, new FakeTimeProvider());
        var buffer = new byte[100];

        Assert.True(leg.TryWriteRtcpReport(buffer, "switchboard", out var written));

        var reader = new RtcpCompoundReader(buffer.AsSpan(0, written));
        Assert.True(reader.TryReadNext(out var first));
        Assert.True(RtcpReceiverReport.TryRead(first, out var report));
        Assert.Equal(0, report.ReportCount);
        Assert.False(leg.TryWriteRtcpReport(new byte[10], "switchboard", out _));
    }

    [Fact]
    public void Garbage_rtcp_is_counted_and_ignored()
    {
        var leg = new AudioLeg("agent", G711Codec.Pcmu, new FakeTimeProvider());

        leg.ReceiveRtcp([0x80, 200, 0xFF, 0xFF]);
        leg.ReceiveRtcp([]);

        Assert.Equal(2L, leg.MalformedRtcp);
    }

    [Fact]
    public void Random_datagrams_never_throw()
    {
        var leg = new AudioLeg("agent", G711Codec.Pcmu, new FakeTimeProvider());
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            leg.ReceiveRtp(bytes);
            leg.ReceiveRtcp(bytes);
        }, iter: 20_000);
    }

    [Fact]
    public void A_transcoded_call_tick_allocates_nothing()
    {
        var time = new FakeTimeProvider();
        var a = new AudioLeg("customer", G711Codec.Pcmu, time);
        var b = new AudioLeg("agent", G711Codec.Pcma, time);
        var transport = new CountingTransport();
        a.Attach(transport);
        b.Attach(transport);
        using var bridge = new Bridge(a, b);
        var senderA = new RtpStreamSender();
        var senderB = new RtpStreamSender();
        var packet = new byte[172];
        var payload = new byte[160];
        void Tick()
        {
            senderA.TryWriteNext(packet, 0, payload, false, out _);
            a.ReceiveRtp(packet);
            senderB.TryWriteNext(packet, 8, payload, false, out _);
            b.ReceiveRtp(packet);
            time.Advance(AudioFrame.Duration);
            bridge.Tick();
        }
        for (var i = 0; i < 100; i++) Tick();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) Tick();

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(2200, transport.Sent);
    }
}
