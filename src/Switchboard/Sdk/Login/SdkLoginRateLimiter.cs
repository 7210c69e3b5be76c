using System.Net;
using Microsoft.Extensions.Options;
using Switchboard.RateLimiting;

namespace Switchboard.Sdk.Login;

/// <summary>
/// A token bucket per client address for logins and renewals. Tokens are 256 random bits, so guessing is hopeless
/// anyway; the limit keeps a looping page or script from loading the token store. Requests without a known address
/// share the bucket of <see cref="IPAddress.None"/>.
/// </summary>
public sealed class SdkLoginRateLimiter(IOptions<AgentSdkOptions> options)
    : KeyedTokenBucket<IPAddress>(options.Value.LoginsPerSecondPerAddress, options.Value.LoginBurstPerAddress);
