using System.Net;
using Switchboard.IntegrationTests.ClientScenarios;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>A client address that keeps posting logins is slowed down; the answer says so in the protocol's form.</summary>
public sealed class SdkLoginRateLimitTests
{
    [Fact]
    public async Task Logins_beyond_the_burst_from_one_address_get_TooManyRequests()
    {
        await using var host = await SwitchboardHost.StartAsync(new Dictionary<string, string?>
        {
            ["Sdk:LoginsPerSecondPerAddress"] = "1",
            ["Sdk:LoginBurstPerAddress"] = "3",
        });
        using var backend = await SdkAgents.TenantWithAgentsAsync(host, null, "ann@example.com");
        var page = new SdkPage(host);

        var token = await backend.TokenAsync("ann@example.com");

        var burst = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => page.LoginAsync(backend.App, "ann@example.com", "made-up")));
        var limited = await page.LoginAsync(backend.App, "ann@example.com", token);

        // Three fit the burst (four if a second passed meanwhile); the rest are told to slow down.
        Assert.InRange(burst.Count(r => r.Code == "TooManyRequests"), 5, 7);
        Assert.All(burst, r => Assert.Contains(r.Code, new[] { "TokenInvalid", "TooManyRequests" }));
        Assert.All(burst.Where(r => r.Code == "TooManyRequests"), r => Assert.Equal((HttpStatusCode)429, r.Status));
        Assert.Equal(((HttpStatusCode)429, "TooManyRequests"), (limited.Status, limited.Code));
    }
}
