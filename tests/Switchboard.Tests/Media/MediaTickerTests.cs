using Microsoft.Extensions.Time.Testing;
using Switchboard.Media;

namespace Switchboard.Tests.Media;

public class MediaTickerTests
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void Every_session_ticks_once_per_20_ms_until_it_leaves()
    {
        var time = new FakeTimeProvider();
        using var ticker = new MediaTicker(time);
        int first = 0, second = 0;
        using var firstTicking = ticker.Add(() => first++);
        var secondTicking = ticker.Add(() => second++);

        for (var i = 0; i < 50; i++) time.Advance(Period);
        secondTicking.Dispose();
        for (var i = 0; i < 50; i++) time.Advance(Period);

        Assert.Equal((100, 50), (first, second));
        Assert.Equal(1, ticker.Count);
    }

    [Fact]
    public void A_session_that_throws_is_counted_and_the_others_still_tick()
    {
        var time = new FakeTimeProvider();
        using var ticker = new MediaTicker(time);
        var healthy = 0;
        using var broken = ticker.Add(() => throw new InvalidOperationException("broken session"));
        using var fine = ticker.Add(() => healthy++);

        for (var i = 0; i < 10; i++) time.Advance(Period);

        Assert.Equal(10, healthy);
        Assert.Equal(10, ticker.Faults);
    }
}
