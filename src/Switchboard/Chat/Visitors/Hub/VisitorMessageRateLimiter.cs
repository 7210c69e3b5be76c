using Microsoft.Extensions.Options;
using Switchboard.RateLimiting;

namespace Switchboard.Chat.Visitors.Hub;

/// <summary>Messages and typing notices per visitor (all their tabs together), so a visitor cannot flood an agent.</summary>
public sealed class VisitorMessageRateLimiter(IOptions<ChatVisitorOptions> options)
    : KeyedTokenBucket<string>(options.Value.VisitorMessagesPerSecond, options.Value.VisitorMessageBurst);
