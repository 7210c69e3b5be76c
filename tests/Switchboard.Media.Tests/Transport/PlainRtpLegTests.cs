using System.Net;
using System.Net.Sockets;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Media.Audio;
using Switchboard.Media.Rtcp;
using Switchboard.Media.Rtp;
using Switchboard.Media.Transport;

namespace Switchboard.Media.Tests.Transport;

public class PlainRtpLegTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Sends_to_the_address_the_far_end_gave_from_the_leased_even_port()
    {
        using var carrier = new FarEnd();
        var ports = RandomRange();
        using var leg = Open(ports, out var audio, remote: carrier.EndPoint);

        Assert.Equal(0, leg.LocalEndPoint.Port % 2);
        Assert.Equal(1, ports.InUse);
        audio.SendFrame(new short[AudioFrame.SampleCount]);

        var received = await carrier.ReceiveAsync();
        Assert.NotNull(received);
        Assert.Equal(leg.LocalEndPoint.Port, received.Value.From.Port);
        Assert.True(RtpHeader.TryRead(received.Value.Datagram, out var header));
        Assert.Equal(0, header.PayloadType);
        Assert.Equal(audio.Ssrc, header.Ssrc);
        Assert.Equal(RtpHeader.FixedLength + 160, received.Value.Datagram.Length);
        Assert.Equal(1, leg.Counters.Sent);
    }

    [Fact]
    public async Task Latches_onto_the_first_valid_packet_and_ignores_other_senders_afterwards()
    {
        using var advertised = new FarEnd(); // what the SDP said; the carrier's NAT sends from elsewhere
        using var carrier = new FarEnd();
        using var intruder = new FarEnd();
        using var leg = Open(RandomRange(), out var audio, remote: advertised.EndPoint);

        carrier.SendRtp(leg.LocalEndPoint);
        await WaitUntil(() => leg.Latched);
        Assert.Equal(carrier.EndPoint, leg.Remote);

        intruder.SendRtp(leg.LocalEndPoint, ssrc: 0xBAD);
        await WaitUntil(() => leg.Counters.WrongSource == 1);
        carrier.SendRtp(leg.LocalEndPoint);
        await WaitUntil(() => leg.Counters.Delivered == 2);
        Assert.Equal(2, audio.PacketsReceived);

        audio.SendFrame(new short[AudioFrame.SampleCount]);
        Assert.NotNull(await carrier.ReceiveAsync());
        Assert.Null(await advertised.ReceiveAsync(Quiet));
        Assert.Null(await intruder.ReceiveAsync(Quiet));
    }

    [Fact]
    public async Task Without_an_address_it_sends_nothing_until_the_far_end_speaks()
    {
        using var carrier = new FarEnd();
        using var leg = Open(RandomRange(), out var audio, remote: null);

        audio.SendFrame(new short[AudioFrame.SampleCount]);
        Assert.Equal(1, leg.Counters.Unaddressed);
        Assert.Null(leg.Remote);

        carrier.SendRtp(leg.LocalEndPoint);
        await WaitUntil(() => leg.Latched);
        audio.SendFrame(new short[AudioFrame.SampleCount]);
        Assert.NotNull(await carrier.ReceiveAsync());
    }

    public static TheoryData<string, byte[], Func<PlainRtpLegCounters, long>> Garbage => new()
    {
        { "empty", [], c => c.NotRtp },
        { "one byte", [0x80], c => c.NotRtp },
        { "truncated header", [0x80, 0x00, 0x00, 0x01, 0, 0], c => c.NotRtp },
        { "RTP version 1", [0x40, 0x00, 0x00, 0x01, 0, 0, 0, 160, 1, 2, 3, 4, 0xFF], c => c.NotRtp },
        { "STUN", [0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xA4, 0x42, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], c => c.NotRtp },
        { "CSRC list past the end", [0x8F, 0x00, 0x00, 0x01, 0, 0, 0, 160, 1, 2, 3, 4, 0xFF], c => c.NotRtp },
        { "PCMA on a PCMU leg", [0x80, 0x08, 0x00, 0x01, 0, 0, 0, 160, 1, 2, 3, 4, 0xD5], c => c.WrongPayloadType },
        { "telephone-event", [0x80, 0x65, 0x00, 0x01, 0, 0, 0, 160, 1, 2, 3, 4, 1, 0x8A, 0, 160], c => c.WrongPayloadType },
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task Garbage_is_dropped_and_counted_does_not_latch_and_the_leg_keeps_working(
        string what, byte[] datagram, Func<PlainRtpLegCounters, long> counter)
    {
        using var garbageSender = new FarEnd();
        using var carrier = new FarEnd();
        using var leg = Open(RandomRange(), out var audio, remote: null);

        garbageSender.Send(datagram, leg.LocalEndPoint);
        await WaitUntil(() => counter(leg.Counters) == 1);
        Assert.False(leg.Latched, what);
        Assert.Equal(0, audio.PacketsReceived + audio.Malformed + audio.OtherPayloadType);

        carrier.SendRtp(leg.LocalEndPoint);
        await WaitUntil(() => leg.Counters.Delivered == 1);
        Assert.Equal(carrier.EndPoint, leg.Remote);
        Assert.Equal(1, leg.Counters.Dropped);
    }

    [Fact]
    public async Task Rtcp_is_read_on_the_odd_port_and_on_the_rtp_port_and_reports_go_where_it_came_from()
    {
        var clock = new FakeTimeProvider();
        using var carrier = new FarEnd();
        using var carrierRtcp = new FarEnd();
        using var leg = Open(RandomRange(), out var audio, remote: carrier.EndPoint, clock);
        var rtcpPort = new IPEndPoint(IPAddress.Loopback, leg.LocalEndPoint.Port + 1);

        carrierRtcp.Send(ReceiverReport(0xCAFE_0001), rtcpPort);
        await WaitUntil(() => leg.Counters.RtcpReceived == 1);
        carrier.Send(ReceiverReport(0xCAFE_0001), leg.LocalEndPoint); // rtcp-mux style, on the RTP port
        await WaitUntil(() => leg.Counters.RtcpReceived == 2);
        Assert.Equal(0, leg.Counters.Dropped);
        Assert.Equal(0, audio.MalformedRtcp);

        audio.SendFrame(new short[AudioFrame.SampleCount]);
        Assert.NotNull(await carrier.ReceiveAsync());
        clock.Advance(PlainRtpLeg.ReportInterval);

        var report = await carrier.ReceiveAsync(); // the latest RTCP came from the RTP address
        Assert.NotNull(report);
        Assert.Equal(leg.LocalEndPoint.Port + 1, report.Value.From.Port);
        var reader = new RtcpCompoundReader(report.Value.Datagram);
        Assert.True(reader.TryReadNext(out var first));
        Assert.True(RtcpSenderReport.TryRead(first, out var sender));
        Assert.Equal(audio.Ssrc, sender.Ssrc);
    }

    [Fact]
    public void Ports_held_by_another_program_are_skipped_and_disposal_gives_the_lease_back()
    {
        var first = 40000 + 2 * Random.Shared.Next(0, 9000);
        var ports = new RtpPortRange(first, first + 5);
        using var squatter = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        squatter.Bind(new IPEndPoint(IPAddress.Loopback, first + 1)); // the first pair's RTCP port

        var leg = Open(ports, out _, remote: null);
        Assert.Equal(first + 2, leg.LocalEndPoint.Port);
        Assert.Equal(1, ports.InUse);

        leg.Dispose();
        leg.Dispose();
        Assert.Equal(0, ports.InUse);
        using var rebind = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        rebind.Bind(new IPEndPoint(IPAddress.Loopback, first + 2)); // the socket is closed
    }

    [Fact]
    public void A_used_up_range_opens_no_leg()
    {
        var first = 40000 + 2 * Random.Shared.Next(0, 9000);
        var ports = new RtpPortRange(first, first + 1);
        using var leg = Open(ports, out _, remote: null);
        Assert.False(PlainRtpLeg.TryOpen(ports, new AudioLeg("b", G711Codec.Pcmu, TimeProvider.System),
            new PlainRtpLegOptions { BindAddress = IPAddress.Loopback }, out var none));
        Assert.Null(none);
    }

    [Fact]
    public async Task Two_legs_bridged_pass_the_carriers_packets_through_renumbered()
    {
        using var caller = new FarEnd();
        using var callee = new FarEnd();
        var ports = RandomRange();
        using var a = Open(ports, out var audioA, remote: caller.EndPoint);
        using var b = Open(ports, out var audioB, remote: callee.EndPoint);
        using var bridge = new Bridge(audioA, audioB);
        Assert.True(bridge.Passthrough);

        var sequences = new List<ushort>();
        for (var i = 0; i < 5; i++)
        {
            caller.SendRtp(a.LocalEndPoint);
            var arrived = await callee.ReceiveAsync();
            Assert.NotNull(arrived);
            Assert.Equal(b.LocalEndPoint, arrived.Value.From);
            Assert.True(RtpHeader.TryRead(arrived.Value.Datagram, out var header));
            Assert.Equal(audioB.Ssrc, header.Ssrc);
            sequences.Add(header.SequenceNumber);
        }
        Assert.Equal(Enumerable.Range(0, 5).Select(i => (ushort)(sequences[0] + i)), sequences);
    }

    [Fact]
    public void Delivering_audio_does_not_allocate_per_packet()
    {
        using var leg = Open(RandomRange(), out var audio, remote: null);
        var source = new IPEndPoint(IPAddress.Loopback, 9).Serialize();
        var packet = new byte[RtpHeader.FixedLength + 160];
        packet[0] = 0x80;
        leg.DeliverRtp(packet, source); // latches (allocates the copy once)

        var best = long.MaxValue;
        for (var round = 0; round < 30 && best > 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                packet[3] = (byte)i; // a new sequence number each time
                leg.DeliverRtp(packet, source);
            }
            best = Math.Min(best, GC.GetAllocatedBytesForCurrentThread() - before);
            Thread.Sleep(20);
        }
        Assert.Equal(0, best);
        Assert.True(audio.PacketsReceived > 1000);
    }

    [Fact]
    public void Any_datagram_from_any_source_is_delivered_or_counted_and_never_throws()
    {
        using var leg = Open(RandomRange(), out _, remote: null);
        var sources = new[] { new IPEndPoint(IPAddress.Loopback, 9).Serialize(), new IPEndPoint(IPAddress.Loopback, 11).Serialize() };
        var datagrams = Gen.OneOf(Gen.Byte.Array[0, 300],
            Gen.Byte.Array[12, 200].Select(rtp => { rtp[0] = 0x80; rtp[1] &= 0x81; return rtp; }));

        Gen.Select(datagrams, Gen.Int[0, 1]).Sample((datagram, source) => leg.DeliverRtp(datagram, sources[source]), threads: 1);

        var c = leg.Counters;
        Assert.Equal(c.Received, c.Delivered + c.RtcpReceived + c.Dropped);
        Assert.True(c.Delivered > 0);
        Assert.True(c.WrongSource > 0);
    }

    private static PlainRtpLeg Open(RtpPortRange ports, out AudioLeg audio, IPEndPoint? remote, TimeProvider? time = null)
    {
        audio = new AudioLeg("carrier", G711Codec.Pcmu, time ?? TimeProvider.System);
        Assert.True(PlainRtpLeg.TryOpen(ports, audio, new PlainRtpLegOptions
        {
            BindAddress = IPAddress.Loopback, Remote = remote, Time = time ?? TimeProvider.System,
        }, out var leg));
        return leg;
    }

    /// <summary>Ports somewhere in 40000–58000, so parallel tests and other programs rarely meet.</summary>
    private static RtpPortRange RandomRange()
    {
        var first = 40000 + 2 * Random.Shared.Next(0, 9000);
        return new RtpPortRange(first, first + 39);
    }

    private static byte[] ReceiverReport(uint ssrc)
    {
        var buffer = new byte[64];
        var writer = new RtcpCompoundWriter(buffer);
        Assert.True(writer.TryWriteReceiverReport(ssrc, []));
        return buffer[..writer.Written];
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 250 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition());
    }
}
