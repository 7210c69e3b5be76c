using Microsoft.Extensions.Options;
using Switchboard.RateLimiting;

namespace Switchboard.CloudApi;

/// <summary>
/// A token bucket per SecretId, so one integration that loops cannot starve the others.
/// </summary>
public sealed class CloudApiRateLimiter(IOptions<CloudApiOptions> options)
    : KeyedTokenBucket<string>(options.Value.RequestsPerSecondPerKey, options.Value.BurstPerKey);
