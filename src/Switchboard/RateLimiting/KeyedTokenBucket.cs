using System.Threading.RateLimiting;

namespace Switchboard.RateLimiting;

/// <summary>
/// One token bucket per key (an API key, a client address, a hub connection), refilled every second and
/// never queueing: a caller over its limit is answered at once with the protocol's own refusal. Limits are
/// per node; a cluster of N nodes admits up to N times the configured rate. Idle buckets are dropped by
/// the underlying <see cref="PartitionedRateLimiter{TResource}"/>, so keys of closed connections do not pile up.
/// </summary>
/// <typeparam name="TKey">What the limit is counted by.</typeparam>
public abstract class KeyedTokenBucket<TKey> : IDisposable where TKey : notnull
{
    private readonly PartitionedRateLimiter<TKey>? _limiter;

    /// <param name="perSecond">Tokens added each second; zero or less turns the limit off.</param>
    /// <param name="burst">Most tokens a key can save up (at least one).</param>
    protected KeyedTokenBucket(int perSecond, int burst)
    {
        if (perSecond <= 0) return;
        _limiter = PartitionedRateLimiter.Create<TKey, TKey>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(burst, 1),
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>True when <paramref name="key"/> may do one more thing now; takes the token if so.</summary>
    public bool TryAcquire(TKey key)
    {
        if (_limiter is null) return true;
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _limiter?.Dispose();
        GC.SuppressFinalize(this);
    }
}
