using Microsoft.Extensions.Time.Testing;
using Switchboard.Media.Audio;

namespace Switchboard.Media.Tests.Audio;

public class MediaClockTests
{
    [Fact]
    public void One_simulated_hour_is_exactly_180000_ticks_with_no_drift()
    {
        var time = new FakeTimeProvider();
        var start = time.GetTimestamp();
        long lastTick = 0;
        var drifted = 0;
        using var clock = new MediaClock(time, tick =>
        {
            if (tick != lastTick + 1 || time.GetElapsedTime(start) != tick * MediaClock.Period) drifted++;
            lastTick = tick;
        });
        clock.Start();

        for (var i = 0; i < 180_000; i++) time.Advance(MediaClock.Period);

        Assert.Equal((180_000L, 180_000L, 0), (clock.Ticks, lastTick, drifted));
        Assert.Equal((0L, 0L), (clock.CaughtUpTicks, clock.SkippedTicks));
    }

    [Fact]
    public void Late_wake_ups_do_not_accumulate()
    {
        // The timer is only ever noticed 7 ms after the fact; ticks still land on the 20 ms grid, never later than 7 ms.
        var time = new FakeTimeProvider();
        var start = time.GetTimestamp();
        var worstLateness = TimeSpan.Zero;
        using var clock = new MediaClock(time, tick =>
        {
            var lateness = time.GetElapsedTime(start) - tick * MediaClock.Period;
            if (lateness > worstLateness) worstLateness = lateness;
            Assert.True(lateness >= TimeSpan.Zero);
        });
        clock.Start();

        for (var i = 0; i < 60_000 / 7; i++) time.Advance(TimeSpan.FromMilliseconds(7));

        Assert.Equal((60_000 / 7 * 7) / 20, clock.Ticks);
        Assert.True(worstLateness < TimeSpan.FromMilliseconds(7));
    }

    [Fact]
    public void A_short_stall_is_caught_up_back_to_back()
    {
        var time = new FakeTimeProvider();
        var ticks = new List<long>();
        using var clock = new MediaClock(time, ticks.Add, maxCatchUpTicks: 5);
        clock.Start();

        time.Advance(MediaClock.Period);
        time.Advance(MediaClock.Period * 4);

        Assert.Equal([1, 2, 3, 4, 5], ticks);
        Assert.Equal((3L, 0L), (clock.CaughtUpTicks, clock.SkippedTicks));
    }

    [Fact]
    public void A_long_stall_skips_ticks_and_carries_on_from_the_present()
    {
        var time = new FakeTimeProvider();
        var ticks = new List<long>();
        using var clock = new MediaClock(time, ticks.Add, maxCatchUpTicks: 5);
        clock.Start();

        time.Advance(MediaClock.Period);
        time.Advance(TimeSpan.FromSeconds(1));
        time.Advance(MediaClock.Period);

        Assert.Equal([1, 51, 52], ticks);
        Assert.Equal((49L, 0L), (clock.SkippedTicks, clock.CaughtUpTicks));
    }

    [Fact]
    public void A_throwing_tick_is_counted_and_the_clock_keeps_going()
    {
        var time = new FakeTimeProvider();
        using var clock = new MediaClock(time, tick =>
        {
            if (tick == 2) throw new InvalidOperationException("a broken session");
        });
        clock.Start();

        for (var i = 0; i < 5; i++) time.Advance(MediaClock.Period);

        Assert.Equal((5L, 1L), (clock.Ticks, clock.Faults));
    }

    [Fact]
    public void A_disposed_clock_stops_ticking()
    {
        var time = new FakeTimeProvider();
        var clock = new MediaClock(time, _ => { });
        clock.Start();
        time.Advance(MediaClock.Period * 3);

        clock.Dispose();
        time.Advance(MediaClock.Period * 3);

        Assert.Equal(3L, clock.Ticks);
    }
}
