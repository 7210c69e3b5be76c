using CsCheck;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Media.Jitter;

namespace Switchboard.Media.Tests.Jitter;

public class JitterBufferTests
{
    private const int Samples = JitterBuffer.FrameSamples;

    /// <summary>
    /// Drives a buffer the way the media loop does: each tick, the frames that arrived in that 20 ms are put, the
    /// fake clock moves on 20 ms, and one frame is got. Frame n holds the constant value 100 + n so what played can
    /// be read back from its last sample.
    /// </summary>
    private sealed class Script
    {
        public readonly FakeTimeProvider Clock = new();
        public readonly JitterBuffer Buffer;
        public readonly List<(JitterBufferFrame Kind, int Value)> Played = [];
        public readonly List<JitterBufferPutResult> PutResults = [];
        private readonly short[] _frame = new short[Samples];
        private readonly short[] _output = new short[Samples];

        private readonly uint _firstTimestamp;

        public Script(uint firstTimestamp, JitterBufferOptions? options)
        {
            _firstTimestamp = firstTimestamp;
            Buffer = new JitterBuffer(Clock, options);
        }

        public void Tick(params int[] arriving)
        {
            foreach (var n in arriving) Put(n);
            Clock.Advance(TimeSpan.FromMilliseconds(20));
            var kind = Buffer.Get(_output);
            Played.Add((kind, _output[^1]));
        }

        public void Put(int n)
        {
            Array.Fill(_frame, (short)(100 + n));
            PutResults.Add(Buffer.Put(unchecked(_firstTimestamp + (uint)(n * Samples)), _frame));
        }

        /// <summary>Frame numbers played, -1 for a concealed frame, null while buffering.</summary>
        public int?[] Sequence => Played.Select(p => p.Kind switch
        {
            JitterBufferFrame.Played => p.Value - 100,
            JitterBufferFrame.Concealed => -1,
            _ => (int?)null,
        }).ToArray();
    }

    private static Script NewScript(uint firstTimestamp = 5000, JitterBufferOptions? options = null) => new(firstTimestamp, options);

    [Fact]
    public void In_order_frames_play_in_order_after_the_minimum_delay()
    {
        var script = NewScript();
        for (var n = 0; n < 100; n++) script.Tick(n);

        Assert.Equal([null, .. Enumerable.Range(0, 99).Select(n => (int?)n)], script.Sequence);
        Assert.Equal((0L, 0L, 0L, 2), (script.Buffer.Late, script.Buffer.Concealed, script.Buffer.Duplicates, script.Buffer.TargetDelayFrames));
        Assert.Equal(TimeSpan.FromMilliseconds(40), script.Buffer.CurrentDelay);
    }

    [Fact]
    public void Frames_reordered_within_the_delay_play_in_timestamp_order()
    {
        var script = NewScript();
        int[][] arrivals = [[0], [1], [3], [2], [5], [4], [6], [8, 7], [], [9], [10], [11], [12]];
        foreach (var tick in arrivals) script.Tick(tick);

        // Jitter this heavy (±20 ms) may make the buffer insert a frame of delay, but nothing is lost or late.
        Assert.Equal(Enumerable.Range(0, 11).Select(n => (int?)n), script.Sequence.Where(n => n >= 0));
        Assert.Equal((0L, 0L), (script.Buffer.Late, script.Buffer.Concealed));
    }

    [Fact]
    public void Reordering_before_playout_starts_moves_the_start_back()
    {
        var script = NewScript();
        script.Tick(1);
        script.Tick(0);
        script.Tick(2);

        Assert.Equal([null, 0, 1], script.Sequence);
    }

    [Fact]
    public void A_lost_frame_is_concealed_by_a_faded_repeat_and_playout_continues()
    {
        var script = NewScript();
        for (var n = 0; n < 10; n++) script.Tick(n == 5 ? [] : [n]);

        Assert.Equal([null, 0, 1, 2, 3, 4, -1, 6, 7, 8], script.Sequence);
        Assert.Equal(1L, script.Buffer.Concealed);
        Assert.InRange(script.Played[6].Value, 1, 104); // frame 4 repeated at falling gain
    }

    [Fact]
    public void A_burst_loss_fades_to_silence_after_60ms_and_recovers()
    {
        var script = NewScript();
        for (var n = 0; n < 30; n++) script.Tick(n is >= 10 and < 20 ? [] : [n]);

        var burst = script.Played.Skip(11).Take(10).ToArray();
        Assert.All(burst, p => Assert.Equal(JitterBufferFrame.Concealed, p.Kind));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], burst.Skip(3).Select(p => p.Value));
        Assert.Equal([20, 21, 22], script.Sequence[21..24]);
        Assert.Equal(10L, script.Buffer.Concealed);
    }

    [Fact]
    public void Duplicates_are_dropped_and_counted_without_growing_the_delay()
    {
        var script = NewScript();
        script.Tick(0);
        script.Tick(1, 1);
        script.Tick(2, 0);
        script.Tick(3);

        Assert.Equal([null, 0, 1, 2], script.Sequence);
        Assert.Equal((2L, 0L, 2), (script.Buffer.Duplicates, script.Buffer.Late, script.Buffer.TargetDelayFrames));
    }

    [Fact]
    public void A_frame_after_its_playout_time_is_dropped_as_late_and_the_delay_grows_at_once()
    {
        var script = NewScript();
        for (var n = 0; n < 5; n++) script.Tick(n == 3 ? [] : [n]);
        script.Tick(5, 3); // frame 3 was concealed at the previous tick

        Assert.Equal(JitterBufferPutResult.Late, script.PutResults[^1]);
        Assert.Equal((1L, 3), (script.Buffer.Late, script.Buffer.TargetDelayFrames));
        Assert.Equal(-1, script.Sequence[^1]); // the extra frame of delay is made by a concealment frame
        Assert.Equal(1L, script.Buffer.Inserted);
    }

    [Fact]
    public void A_jitter_spike_grows_the_delay_quickly_and_it_shrinks_slowly_afterwards()
    {
        var script = NewScript();
        var n = 0;
        for (; n < 100; n++) script.Tick(n);
        // A 100 ms stall: five frames held back, then delivered together.
        for (var i = 0; i < 5; i++) script.Tick();
        script.Tick(Enumerable.Range(n, 6).ToArray());
        n += 6;
        var grownTo = script.Buffer.TargetDelayFrames;
        for (var i = 0; i < 250; i++) script.Tick(n++);
        var afterFiveSeconds = script.Buffer.TargetDelayFrames;
        for (var i = 0; i < 6000; i++) script.Tick(n++);

        Assert.True(script.Buffer.Late > 0);
        Assert.True(grownTo >= 5, $"grew to {grownTo}");
        Assert.True(afterFiveSeconds >= grownTo - 1, $"after 5 s {afterFiveSeconds}");
        Assert.Equal(2, script.Buffer.TargetDelayFrames);
        Assert.Equal(TimeSpan.FromMilliseconds(40), script.Buffer.CurrentDelay);
        Assert.True(script.Buffer.Merged > 0);
        // Once recovered, the last minute plays every frame in order.
        var tail = script.Sequence[^3000..];
        Assert.Equal(Enumerable.Range(n - 3001, 3000).Select(i => (int?)i), tail);
    }

    [Fact]
    public void Playout_continues_across_the_timestamp_wrap()
    {
        var script = NewScript(firstTimestamp: uint.MaxValue - 5 * Samples + 1);
        for (var n = 0; n < 12; n++) script.Tick(n);

        Assert.Equal([null, .. Enumerable.Range(0, 11).Select(n => (int?)n)], script.Sequence);
        Assert.Equal((0L, 0L), (script.Buffer.Late, script.Buffer.Concealed));
    }

    [Fact]
    public void Frames_that_are_not_20ms_are_dropped_and_counted()
    {
        var buffer = new JitterBuffer(new FakeTimeProvider());

        Assert.Equal(JitterBufferPutResult.Invalid, buffer.Put(0, new short[80]));
        Assert.Equal(1L, buffer.Invalid);
    }

    [Fact]
    public void A_sender_that_goes_quiet_then_restarts_is_buffered_afresh()
    {
        var script = NewScript();
        for (var n = 0; n < 5; n++) script.Tick(n);
        for (var i = 0; i < 60; i++) script.Tick();
        for (var n = 1000; n < 1005; n++) script.Tick(n);

        Assert.Equal(1L, script.Buffer.Restarts);
        Assert.Equal([null, 1000, 1001, 1002, 1003], script.Sequence[^5..]);
    }

    [Theory]
    [InlineData(0x8000_0000u)] // exactly half the timestamp space away: the sign of the distance is ambiguous
    [InlineData(0x7FFF_FF60u)]
    [InlineData(0x8000_00A0u)]
    public void A_timestamp_jump_of_half_the_clock_range_restarts_the_buffer(uint jump)
    {
        var buffer = new JitterBuffer(new FakeTimeProvider());
        buffer.Put(1000, new short[160]);

        buffer.Put(1000 + jump, new short[160]);

        Assert.Equal(1L, buffer.Restarts);
        Assert.Equal(0L, buffer.Late);
    }

    [Fact]
    public void Concealment_never_makes_a_click()
    {
        // A 440 Hz tone whose steepest natural step is about 2,760 per sample at amplitude 8,000; losses, a burst and
        // reordering must not make any step much steeper (a click would be a jump of thousands more).
        var clock = new FakeTimeProvider();
        var buffer = new JitterBuffer(clock);
        var random = new Random(7);
        var frame = new short[Samples];
        var output = new short[Samples];
        var played = new List<short>();
        var held = -1;
        for (var n = 0; n < 500; n++)
        {
            var lose = random.NextDouble() < 0.1 || n is >= 200 and < 206;
            if (!lose && held < 0 && random.NextDouble() < 0.1)
            {
                held = n;
            }
            else
            {
                if (!lose) PutTone(n);
                if (held >= 0)
                {
                    PutTone(held);
                    held = -1;
                }
            }
            clock.Advance(TimeSpan.FromMilliseconds(20));
            buffer.Get(output);
            played.AddRange(output);
        }

        var steepest = played.Zip(played.Skip(1), (a, b) => Math.Abs(b - a)).Max();
        Assert.True(buffer.Concealed > 30, $"{buffer.Concealed} concealed");
        Assert.InRange(steepest, 1, 3300);

        void PutTone(int n)
        {
            for (var i = 0; i < Samples; i++) frame[i] = (short)(8000 * Math.Sin(2 * Math.PI * 440 * (n * Samples + i) / 8000));
            buffer.Put((uint)(n * Samples), frame);
        }
    }

    [Fact]
    public void Put_and_get_do_not_allocate()
    {
        var script = NewScript();
        for (var n = 0; n < 100; n++) script.Tick(n);
        var buffer = script.Buffer;
        var frame = new short[Samples];
        var output = new short[Samples];

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 100; n < 1100; n++)
        {
            if (n % 7 != 0) buffer.Put(5000 + (uint)(n * Samples), frame);
            buffer.Get(output);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Any_arrival_pattern_gives_one_frame_per_tick_and_accounts_for_every_put()
    {
        var step = Gen.Select(Gen.Int[-40, 40], Gen.Int[0, 3], Gen.Bool);
        Gen.Select(Gen.UInt, step.Array[1, 300]).Sample((first, steps) =>
        {
            var clock = new FakeTimeProvider();
            var buffer = new JitterBuffer(clock);
            var frame = new short[Samples];
            var output = new short[Samples];
            var results = new Dictionary<JitterBufferPutResult, long>();
            var n = 0;
            foreach (var (jump, puts, odd) in steps)
            {
                for (var i = 0; i < puts; i++)
                {
                    var timestamp = unchecked(first + (uint)((n + jump * i) * Samples) + (odd ? 1u : 0u));
                    var result = buffer.Put(timestamp, odd && i == 2 ? frame.AsSpan(1) : frame);
                    results[result] = results.GetValueOrDefault(result) + 1;
                }
                n++;
                clock.Advance(TimeSpan.FromMilliseconds(20));
                Assert.True(Enum.IsDefined(buffer.Get(output)));
            }
            Assert.Equal(results.GetValueOrDefault(JitterBufferPutResult.Late), buffer.Late);
            Assert.Equal(results.GetValueOrDefault(JitterBufferPutResult.Duplicate), buffer.Duplicates);
            Assert.Equal(results.GetValueOrDefault(JitterBufferPutResult.Invalid), buffer.Invalid);
            Assert.InRange(buffer.TargetDelayFrames, 2, 10);
        }, iter: 300);
    }

    [Fact]
    public void A_sender_that_jumps_its_timestamps_back_is_followed_not_called_late()
    {
        var script = NewScript(firstTimestamp: 1_000_000);
        for (var n = 0; n < 10; n++) script.Tick(n);
        for (var n = -5000; n < -4990; n++) script.Tick(n); // the sender restarted 100 s of timestamps earlier

        Assert.Equal((1L, 0L), (script.Buffer.Restarts, script.Buffer.Late));
        Assert.Equal([null, .. Enumerable.Range(-5000, 9).Select(n => (int?)n)], script.Sequence[^10..]);
    }
}
