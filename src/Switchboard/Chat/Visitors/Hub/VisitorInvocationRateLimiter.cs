using Microsoft.Extensions.Options;
using Switchboard.RateLimiting;

namespace Switchboard.Chat.Visitors.Hub;

/// <summary>Hub invocations of any kind per visitor connection, so a looping page cannot load the store.</summary>
public sealed class VisitorInvocationRateLimiter(IOptions<ChatVisitorOptions> options)
    : KeyedTokenBucket<string>(options.Value.HubInvocationsPerSecond, options.Value.HubInvocationBurst);
