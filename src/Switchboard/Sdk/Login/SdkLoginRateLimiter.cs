using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Switchboard.Sdk.Login;

/// <summary>
/// A token bucket per client address for logins and renewals. Tokens are 256 random bits, so guessing is hopeless
/// anyway; the limit keeps a looping page or script from loading the token store. Per node, like the cloud API's.
/// </summary>
public sealed class SdkLoginRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress>? _limiter;

    public SdkLoginRateLimiter(IOptions<AgentSdkOptions> options)
    {
        var o = options.Value;
        if (o.LoginsPerSecondPerAddress <= 0) return;
        _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
            RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(o.LoginBurstPerAddress, 1),
                TokensPerPeriod = o.LoginsPerSecondPerAddress,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>True when <paramref name="address"/> may make one more attempt now.</summary>
    public bool TryAcquire(IPAddress? address)
    {
        if (_limiter is null) return true;
        using var lease = _limiter.AttemptAcquire(address ?? IPAddress.None);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter?.Dispose();
}
