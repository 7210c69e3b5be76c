using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Switchboard.CloudApi;

/// <summary>
/// A token bucket per SecretId, so one integration that loops cannot starve the others.
/// Limits are per node: a cluster of N nodes admits up to N times the configured rate.
/// </summary>
public sealed class CloudApiRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public CloudApiRateLimiter(IOptions<CloudApiOptions> options)
    {
        var o = options.Value;
        if (o.RequestsPerSecondPerKey <= 0) return;
        _limiter = PartitionedRateLimiter.Create<string, string>(secretId =>
            RateLimitPartition.GetTokenBucketLimiter(secretId, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(o.BurstPerKey, 1),
                TokensPerPeriod = o.RequestsPerSecondPerKey,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>True when the key may make one more request now.</summary>
    public bool TryAcquire(string secretId)
    {
        if (_limiter is null) return true;
        using var lease = _limiter.AttemptAcquire(secretId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter?.Dispose();
}
