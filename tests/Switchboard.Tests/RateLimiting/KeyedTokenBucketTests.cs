using Switchboard.RateLimiting;

namespace Switchboard.Tests.RateLimiting;

public class KeyedTokenBucketTests
{
    private sealed class Bucket(int perSecond, int burst) : KeyedTokenBucket<string>(perSecond, burst);

    // Replenishment happens once a second, so a tight loop of a few calls sees only the burst.
    [Theory]
    [InlineData(5, 3, 3)]
    [InlineData(5, 0, 1)] // a burst below one still lets one request through
    [InlineData(100, 20, 20)]
    public void Admits_the_burst_then_refuses(int perSecond, int burst, int admitted)
    {
        using var bucket = new Bucket(perSecond, burst);
        var results = Enumerable.Range(0, admitted + 5).Select(_ => bucket.TryAcquire("key")).ToList();
        Assert.All(results.Take(admitted), Assert.True);
        Assert.All(results.Skip(admitted), Assert.False);
    }

    [Fact]
    public void Keys_have_their_own_buckets()
    {
        using var bucket = new Bucket(1, 1);
        Assert.True(bucket.TryAcquire("a"));
        Assert.False(bucket.TryAcquire("a"));
        Assert.True(bucket.TryAcquire("b"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_rate_of_zero_or_less_turns_the_limit_off(int perSecond)
    {
        using var bucket = new Bucket(perSecond, 1);
        Assert.All(Enumerable.Range(0, 1000), _ => Assert.True(bucket.TryAcquire("key")));
    }

    [Fact]
    public async Task A_refused_key_is_admitted_again_after_a_second()
    {
        using var bucket = new Bucket(1, 1);
        Assert.True(bucket.TryAcquire("key"));
        Assert.False(bucket.TryAcquire("key"));
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!bucket.TryAcquire("key"))
        {
            Assert.True(DateTime.UtcNow < deadline, "the bucket was not refilled within 5 s");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
