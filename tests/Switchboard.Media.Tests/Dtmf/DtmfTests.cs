using CsCheck;
using Switchboard.Media.Dtmf;
using Switchboard.Media.Rtp;

namespace Switchboard.Media.Tests.Dtmf;

public class DtmfTests
{
    [Fact]
    public void Reads_the_rfc4733_payload_fields()
    {
        // Event 5, E bit, reserved bit set (ignored), volume 10, duration 800.
        Assert.True(TelephoneEvent.TryRead([0x05, 0xCA, 0x03, 0x20], out var telephoneEvent));

        Assert.Equal(new TelephoneEvent { Event = 5, End = true, Volume = 10, Duration = 800 }, telephoneEvent);
    }

    [Fact]
    public void Refuses_a_payload_shorter_than_four_bytes()
    {
        Assert.False(TelephoneEvent.TryRead([0x05, 0x8A, 0x03], out _));
        Assert.False(new TelephoneEvent().TryWrite(new byte[3]));
    }

    [Fact]
    public void Payload_round_trips_and_random_bytes_never_throw()
    {
        Gen.Select(Gen.Byte, Gen.Bool, Gen.Byte[0, 63], Gen.UShort).Sample((code, end, volume, duration) =>
        {
            var written = new TelephoneEvent { Event = code, End = end, Volume = volume, Duration = duration };
            var bytes = new byte[4];
            return written.TryWrite(bytes) && TelephoneEvent.TryRead(bytes, out var read) && read == written;
        });
        Gen.Byte.Array[0, 8].Sample(bytes => TelephoneEvent.TryRead(bytes, out _) == bytes.Length >= 4);
    }

    [Fact]
    public void Maps_the_sixteen_keys_to_event_codes()
    {
        for (byte code = 0; code < 16; code++)
        {
            Assert.True(DtmfDigits.TryGetDigit(code, out var digit));
            Assert.True(DtmfDigits.TryGetEvent(digit, out var back));
            Assert.Equal(code, back);
        }
        Assert.Equal(('*', '#', 'A', 'D'), (Digit(10), Digit(11), Digit(12), Digit(15)));
        Assert.True(DtmfDigits.TryGetEvent('b', out var b) && b == 13);
        Assert.False(DtmfDigits.TryGetDigit(16, out _)); // flash
        Assert.False(DtmfDigits.TryGetEvent('E', out _));
    }

    private static char Digit(byte code) => DtmfDigits.TryGetDigit(code, out var digit) ? digit : '?';

    /// <summary>One received packet: timestamp, marker, event code, E bit, duration.</summary>
    public readonly record struct Sent(uint Timestamp, bool Marker, byte Event, bool End, ushort Duration);

    private static Sent Start(uint ts, byte code) => new(ts, true, code, false, 160);
    private static Sent Update(uint ts, byte code, ushort duration) => new(ts, false, code, false, duration);
    private static Sent End(uint ts, byte code, ushort duration = 800) => new(ts, false, code, true, duration);

    private static Sent[] Press(uint ts, byte code) =>
        [Start(ts, code), Update(ts, code, 320), Update(ts, code, 480), Update(ts, code, 640), End(ts, code), End(ts, code), End(ts, code)];

    public static TheoryData<string, Sent[], string> Streams => new()
    {
        { "one press", Press(1000, 5), "5" },
        { "duplicate end packets", [.. Press(1000, 5), End(1000, 5), End(1000, 5)], "5" },
        { "lost start", Press(1000, 5)[1..], "5" },
        { "only an end packet arrived", [End(1000, 5)], "5" },
        { "two identical digits in a row", [.. Press(1000, 1), .. Press(3000, 1)], "11" },
        { "two different digits", [.. Press(1000, 1), .. Press(3000, 2)], "12" },
        { "all ends of the first lost", [.. Press(1000, 1)[..4], .. Press(3000, 2)], "12" },
        { "all ends lost before the same key again", [.. Press(1000, 7)[..4], .. Press(3000, 7)], "77" },
        { "end reordered before an update", [Start(1000, 9), End(1000, 9), Update(1000, 9, 320), End(1000, 9)], "9" },
        { "late packet of the previous press", [.. Press(1000, 1), Start(3000, 2), Update(1000, 1, 480), End(3000, 2)], "12" },
        { "start of the next press overtakes the last end", [.. Press(1000, 3)[..5], Start(3000, 4), End(1000, 3), End(3000, 4)], "34" },
        { "every key", [.. Enumerable.Range(0, 16).SelectMany(i => Press((uint)(1000 + 2000 * i), (byte)i))], "0123456789*#ABCD" },
        { "flash is not a key", Press(1000, 16), "" },
        { "key after flash", [.. Press(1000, 16), .. Press(3000, 0)], "0" },
        { "long press continued in a new segment", [Start(1000, 8), Update(1000, 8, 65535), Update(1000 + 65535, 8, 160), End(1000 + 65535, 8, 800)], "8" },
        { "timestamp wraps between presses", [.. Press(uint.MaxValue - 100, 1), .. Press(1900, 2)], "12" },
    };

    [Theory]
    [MemberData(nameof(Streams))]
    public void Reports_each_key_press_exactly_once(string name, Sent[] stream, string expected)
    {
        var receiver = new DtmfReceiver();
        var digits = "";
        var payload = new byte[4];
        foreach (var packet in stream)
        {
            new TelephoneEvent { Event = packet.Event, End = packet.End, Volume = 10, Duration = packet.Duration }.TryWrite(payload);
            var header = new RtpHeader { Marker = packet.Marker, Timestamp = packet.Timestamp, PayloadType = 101 };
            if (receiver.TryReceive(header, payload, out var digit)) digits += digit;
        }

        Assert.True(expected == digits, $"{name}: got \"{digits}\"");
    }

    [Fact]
    public void Short_payloads_are_counted_and_do_not_disturb_the_stream()
    {
        var receiver = new DtmfReceiver();
        var header = new RtpHeader { Marker = true, Timestamp = 1000 };

        Assert.False(receiver.TryReceive(header, [0x05, 0x0A], out _));
        Assert.True(receiver.TryReceive(header, [0x05, 0x0A, 0x00, 0xA0], out var digit));
        Assert.Equal(('5', 1L), (digit, receiver.Malformed));
    }

    [Fact]
    public void Random_packets_never_throw()
    {
        var receiver = new DtmfReceiver();
        Gen.Select(Gen.UInt, Gen.Bool, Gen.Byte.Array[0, 8]).Sample((timestamp, marker, payload) =>
        {
            receiver.TryReceive(new RtpHeader { Marker = marker, Timestamp = timestamp }, payload, out _);
        });
    }

    [Fact]
    public void A_100_ms_press_is_four_updates_and_three_ends_at_20_ms()
    {
        var packets = new DtmfSender().Press('#', timestamp: 48_000);

        Assert.Equal(
        [
            (true, false, (ushort)160, 0), (false, false, (ushort)320, 20), (false, false, (ushort)480, 40),
            (false, false, (ushort)640, 60), (false, true, (ushort)800, 80), (false, true, (ushort)800, 100),
            (false, true, (ushort)800, 120),
        ], packets.Select(p => (p.Marker, p.Event.End, p.Event.Duration, (int)p.SendAfter.TotalMilliseconds)));
        Assert.All(packets, p => Assert.Equal((48_000u, (byte)11, (byte)10), (p.Timestamp, p.Event.Event, p.Event.Volume)));
    }

    [Fact]
    public void A_press_of_one_packet_marks_the_first_end_packet()
    {
        var packets = new DtmfSender().Press('1', 0, TimeSpan.FromMilliseconds(20));

        Assert.Equal([(true, true), (false, true), (false, true)], packets.Select(p => (p.Marker, p.Event.End)));
        Assert.All(packets, p => Assert.Equal(160, p.Event.Duration));
    }

    [Fact]
    public void The_sender_refuses_what_is_not_a_key_or_too_long()
    {
        var sender = new DtmfSender();

        Assert.Throws<ArgumentException>(() => sender.Press('E', 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => sender.Press('1', 0, TimeSpan.FromSeconds(9)));
    }

    [Fact]
    public void What_the_sender_plans_the_receiver_reports_once_per_press()
    {
        var sender = new DtmfSender();
        var receiver = new DtmfReceiver();
        var digits = "";
        var payload = new byte[4];
        uint timestamp = 0;
        foreach (var key in "0123456789*#ABCD11")
        {
            foreach (var packet in sender.Press(key, timestamp))
            {
                packet.Event.TryWrite(payload);
                if (receiver.TryReceive(new RtpHeader { Marker = packet.Marker, Timestamp = packet.Timestamp }, payload, out var digit))
                    digits += digit;
            }
            timestamp += 1600; // 100 ms tone, 100 ms pause
        }

        Assert.Equal("0123456789*#ABCD11", digits);
    }
}
