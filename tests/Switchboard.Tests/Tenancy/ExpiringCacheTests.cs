using Microsoft.Extensions.Time.Testing;
using Switchboard.Tenancy;

namespace Switchboard.Tests.Tenancy;

public sealed class ExpiringCacheTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void An_answer_is_served_until_its_lifetime_ends()
    {
        var cache = new ExpiringCache<string, string>(_time, capacity: 10);
        cache.Set("AKID1", "key", Lifetime, cache.Generation);

        _time.Advance(Lifetime - TimeSpan.FromMilliseconds(1));
        Assert.True(cache.TryGet("AKID1", out var value));
        Assert.Equal("key", value);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(cache.TryGet("AKID1", out _));
    }

    [Fact]
    public void Invalidation_removes_an_answer_at_once()
    {
        var cache = new ExpiringCache<string, string>(_time, capacity: 10);
        cache.Set("AKID1", "key", Lifetime, cache.Generation);

        cache.Invalidate("AKID1");

        Assert.False(cache.TryGet("AKID1", out _));
    }

    [Fact]
    public void A_lookup_that_started_before_an_invalidation_does_not_cache_its_stale_answer()
    {
        var cache = new ExpiringCache<string, string>(_time, capacity: 10);
        var generationWhenReadingTheStore = cache.Generation;

        cache.Invalidate("AKID1");
        cache.Set("AKID1", "stale key", Lifetime, generationWhenReadingTheStore);

        Assert.False(cache.TryGet("AKID1", out _));
    }

    [Fact]
    public void Probing_many_unknown_keys_cannot_grow_the_cache_past_its_capacity()
    {
        var cache = new ExpiringCache<string, string?>(_time, capacity: 100);

        for (var i = 0; i < 10_000; i++) cache.Set($"AKIDprobe{i}", null, Lifetime, cache.Generation);

        var remembered = Enumerable.Range(0, 10_000).Count(i => cache.TryGet($"AKIDprobe{i}", out _));
        Assert.InRange(remembered, 1, 100);
    }

    [Fact]
    public void Expired_answers_make_room_before_live_ones_are_dropped()
    {
        var cache = new ExpiringCache<string, string>(_time, capacity: 3);
        cache.Set("old1", "a", TimeSpan.FromSeconds(1), cache.Generation);
        cache.Set("old2", "b", TimeSpan.FromSeconds(1), cache.Generation);
        cache.Set("live", "c", Lifetime, cache.Generation);
        _time.Advance(TimeSpan.FromSeconds(2));

        cache.Set("new", "d", Lifetime, cache.Generation);

        Assert.True(cache.TryGet("live", out _));
        Assert.True(cache.TryGet("new", out _));
    }
}
