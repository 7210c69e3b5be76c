using System.Net;
using Microsoft.Extensions.Options;
using Switchboard.RateLimiting;

namespace Switchboard.Chat.Visitors.Identity;

/// <summary>
/// A token bucket per client address for visitor sign-ins: each anonymous sign-in mints an id, and a looping page
/// or a script must not mint them by the million.
/// </summary>
public sealed class VisitorSignInRateLimiter(IOptions<ChatVisitorOptions> options)
    : KeyedTokenBucket<IPAddress>(options.Value.SignInsPerSecondPerAddress, options.Value.SignInBurstPerAddress);
