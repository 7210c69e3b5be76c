using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Switchboard.Sdk.Hub;

/// <summary>
/// A token bucket per hub connection, so one looping tab cannot keep the agent's grain busy for everyone.
/// Buckets of closed connections are dropped by the limiter once idle.
/// </summary>
public sealed class HubInvocationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public HubInvocationRateLimiter(IOptions<AgentSdkOptions> options)
    {
        var o = options.Value;
        if (o.HubInvocationsPerSecond <= 0) return;
        _limiter = PartitionedRateLimiter.Create<string, string>(connectionId =>
            RateLimitPartition.GetTokenBucketLimiter(connectionId, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(o.HubInvocationBurst, 1),
                TokensPerPeriod = o.HubInvocationsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>True when the connection may invoke one more method now.</summary>
    public bool TryAcquire(string connectionId)
    {
        if (_limiter is null) return true;
        using var lease = _limiter.AttemptAcquire(connectionId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter?.Dispose();
}
