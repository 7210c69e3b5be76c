using Microsoft.Extensions.Options;
using Switchboard.RateLimiting;

namespace Switchboard.Sdk.Hub;

/// <summary>
/// A token bucket per hub connection, so one looping tab cannot keep the agent's grain busy for everyone.
/// </summary>
public sealed class HubInvocationRateLimiter(IOptions<AgentSdkOptions> options)
    : KeyedTokenBucket<string>(options.Value.HubInvocationsPerSecond, options.Value.HubInvocationBurst);
