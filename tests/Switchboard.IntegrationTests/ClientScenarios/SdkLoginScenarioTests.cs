using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Sdk;

namespace Switchboard.IntegrationTests.ClientScenarios;

/// <summary>
/// A backend logs an agent into the web SDK: CreateSDKLoginToken, then the agent's page presents the token
/// from the SdkURL (redeemed here through the server's own token service, as the page's request will be).
/// </summary>
public sealed class SdkLoginScenarioTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    [Fact]
    public async Task The_token_rides_in_the_sdk_url_expires_in_ten_minutes_and_works_once()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann+night@example.com"));
        var before = Now;

        var login = await backend.Client.CreateSDKLoginTokenAsync(
            new() { SdkAppId = backend.App, SeatUserId = "Ann+Night@Example.com", OnlyOnce = true }, Cancellation);

        Assert.Matches("^[A-Za-z0-9_-]{43}$", login.Token);
        Assert.InRange(login.ExpiredTime, before + 600, Now + 600);
        Assert.Equal($"http://{fixture.Host.Endpoint}/sdk/tccc.js?sdkAppId={backend.App}&token={login.Token}&userid=ann%2Bnight%40example.com",
            login.SdkURL);
        Assert.True(Guid.TryParseExact(login.RequestId, "D", out _));

        var page = QueryHelpers.ParseQuery(new Uri(login.SdkURL!).Query);
        var (app, token, agent) = (long.Parse(page["sdkAppId"]!), page["token"].ToString(), page["userid"].ToString());
        Assert.Equal((login.Token, "ann+night@example.com"), (token, agent));
        Assert.Equal(SdkLoginRedemption.Redeemed, await RedeemAsync(app, agent, token));
        Assert.Equal(SdkLoginRedemption.AlreadyUsed, await RedeemAsync(app, agent, token));
    }

    [Fact]
    public async Task Every_call_mints_a_new_token_and_using_one_leaves_the_others_valid()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"), TenantBackend.Agent("bob@example.com"));
        var request = new CreateSDKLoginTokenRequest { SdkAppId = backend.App, SeatUserId = "ann@example.com" };

        var first = await backend.Client.CreateSDKLoginTokenAsync(request, Cancellation);
        var second = await backend.Client.CreateSDKLoginTokenAsync(request with { OnlyOnce = false }, Cancellation);

        Assert.NotEqual(first.Token, second.Token);
        Assert.Equal(SdkLoginRedemption.WrongAgent, await RedeemAsync(backend.App, "bob@example.com", first.Token!));
        Assert.Equal(SdkLoginRedemption.Redeemed, await RedeemAsync(backend.App, "ann@example.com", first.Token!));
        // OnlyOnce=false is not honoured: a token in a URL must never be a reusable login.
        Assert.Equal(SdkLoginRedemption.Redeemed, await RedeemAsync(backend.App, "ann@example.com", second.Token!));
        Assert.Equal(SdkLoginRedemption.AlreadyUsed, await RedeemAsync(backend.App, "ann@example.com", second.Token!));
    }

    [Theory]
    [InlineData("agent of the neighbour", "InvalidParameterValue.AccountNotExist")]
    [InlineData("deleted agent", "InvalidParameterValue.AccountNotExist")]
    [InlineData("neighbour's application", "InvalidParameterValue.InstanceNotExist")]
    public async Task Only_an_agent_of_ones_own_application_gets_a_token(string who, string code)
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        using var neighbour = await TenantBackend.ConnectAsync(fixture.Host);
        await neighbour.CreateAgentsAsync(TenantBackend.Agent("bob@example.com"));
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"));
        await backend.Client.DeleteStaffAsync(new() { SdkAppId = backend.App, StaffList = ["ann@example.com"] }, Cancellation);
        var request = who switch
        {
            "agent of the neighbour" => new CreateSDKLoginTokenRequest { SdkAppId = backend.App, SeatUserId = "bob@example.com" },
            "deleted agent" => new CreateSDKLoginTokenRequest { SdkAppId = backend.App, SeatUserId = "ann@example.com" },
            _ => new CreateSDKLoginTokenRequest { SdkAppId = neighbour.App, SeatUserId = "bob@example.com" },
        };

        await ApiError.ExpectAsync(code, () => backend.Client.CreateSDKLoginTokenAsync(request, Cancellation));
    }

    private async Task<SdkLoginRedemption> RedeemAsync(long sdkAppId, string agentMail, string token)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SdkLoginTokenService>().RedeemAsync(sdkAppId, agentMail, token, Cancellation);
    }
}
