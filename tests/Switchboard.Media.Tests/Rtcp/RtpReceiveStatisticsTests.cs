using Switchboard.Media.Rtcp;

namespace Switchboard.Media.Tests.Rtcp;

public class RtpReceiveStatisticsTests
{
    private static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(20);

    /// <summary>Feeds sequence numbers that arrive exactly every 20 ms with timestamps 160 apart from the first.</summary>
    private static RtpReceiveStatistics Feed(params int[] sequences)
    {
        var statistics = new RtpReceiveStatistics(42);
        for (var i = 0; i < sequences.Length; i++)
        {
            var sequence = (ushort)sequences[i];
            statistics.Record(sequence, (uint)(sequence * 160), Frame * i);
        }
        return statistics;
    }

    public static TheoryData<string, int[], long, uint, byte> Arrivals => new()
    {
        // name, arrival order, cumulative lost, extended highest, fraction lost (1/256)
        { "in order", [10, 11, 12, 13], 0, 13, 0 },
        { "one lost of five", [10, 11, 13, 14], 1, 14, 51 },
        { "reordered, none lost", [10, 12, 11, 13], 0, 13, 0 },
        { "a duplicate counts as a received packet", [10, 11, 11, 12], -1, 12, 0 },
        { "wrap counts a cycle", [65534, 65535, 0, 1], 0, 65537, 0 },
        { "loss across the wrap", [65534, 1, 2], 2, 65538, 102 },
        { "reordered across the wrap", [65535, 1, 0, 2], 0, 65538, 0 },
        { "a late packet from before the wrap does not add a cycle", [65534, 0, 65535, 1], 0, 65537, 0 },
        { "half the stream lost", [0, 2, 4, 6], 3, 6, 109 },
    };

    [Theory]
    [MemberData(nameof(Arrivals))]
    public void Loss_and_extended_sequence_follow_rfc3550_a3(string name, int[] order, long lost, uint highest, byte fraction)
    {
        var statistics = Feed(order);

        var block = statistics.CreateReportBlock(TimeSpan.FromSeconds(1));

        Assert.Equal((lost, highest, fraction), ((long)block.CumulativeLost, block.ExtendedHighestSequence, block.FractionLost));
        Assert.Equal(42u, block.Ssrc);
        _ = name;
    }

    [Fact]
    public void Fraction_lost_covers_only_the_interval_since_the_last_report()
    {
        var statistics = Feed(0, 1, 3); // one lost of four
        Assert.Equal(64, statistics.CreateReportBlock(TimeSpan.Zero).FractionLost);

        statistics.Record(4, 640, Frame * 4);
        statistics.Record(5, 800, Frame * 5);
        var second = statistics.CreateReportBlock(TimeSpan.Zero);

        Assert.Equal((0, 1), (second.FractionLost, second.CumulativeLost));
    }

    [Fact]
    public void A_jump_is_ignored_until_the_next_packet_confirms_a_sender_restart()
    {
        var statistics = Feed(100, 101, 102);

        Assert.False(statistics.Record(40_000, 0, Frame * 3));
        Assert.Equal(102u, statistics.ExtendedHighestSequence);
        Assert.True(statistics.Record(40_001, 160, Frame * 4));

        Assert.Equal((40_001u, 0L, 1L), (statistics.ExtendedHighestSequence, statistics.CumulativeLost, statistics.PacketsDiscarded));
    }

    [Fact]
    public void Packets_arriving_exactly_on_time_have_no_jitter()
    {
        var statistics = Feed(Enumerable.Range(0, 500).ToArray());

        Assert.Equal(0u, statistics.CreateReportBlock(TimeSpan.Zero).Jitter);
    }

    [Fact]
    public void Alternating_delay_converges_to_the_transit_difference()
    {
        // Every other packet is 10 ms (80 timestamp units) late: |D| is always 80, so J converges to 80.
        var statistics = new RtpReceiveStatistics(1);
        for (var i = 0; i < 500; i++)
        {
            statistics.Record((ushort)i, (uint)(i * 160), Frame * i + (i % 2 == 1 ? TimeSpan.FromMilliseconds(10) : TimeSpan.Zero));
        }

        Assert.InRange(statistics.Jitter, 78u, 80u);
    }

    [Fact]
    public void A_single_late_packet_raises_jitter_by_a_sixteenth_of_its_delay()
    {
        var statistics = Feed(0, 1, 2);
        statistics.Record(3, 480, Frame * 3 + TimeSpan.FromMilliseconds(20)); // 160 units late

        Assert.Equal(10u, statistics.Jitter);
    }

    [Fact]
    public void Report_blocks_echo_the_last_sender_report_and_the_delay_since()
    {
        var statistics = Feed(1, 2);
        statistics.RecordSenderReport(0x0000_1234_5678_0000, TimeSpan.FromSeconds(10));

        var block = statistics.CreateReportBlock(TimeSpan.FromSeconds(10.5));

        Assert.Equal((0x1234_5678u, 32768u), (block.LastSenderReport, block.DelaySinceLastSenderReport));
    }

    [Fact]
    public void Without_a_sender_report_lsr_and_dlsr_are_zero()
    {
        var block = Feed(1, 2).CreateReportBlock(TimeSpan.FromSeconds(3));

        Assert.Equal((0u, 0u), (block.LastSenderReport, block.DelaySinceLastSenderReport));
    }

    [Fact]
    public void Ntp_timestamps_count_seconds_since_1900_with_a_32_bit_fraction()
    {
        var ntp = NtpTimestamp.FromDateTimeOffset(new DateTimeOffset(1900, 1, 1, 0, 0, 1, TimeSpan.Zero).AddMilliseconds(500));

        Assert.Equal(0x0000_0001_8000_0000UL, ntp);
        Assert.Equal(0x0001_8000u, NtpTimestamp.Middle32(ntp));
    }
}
