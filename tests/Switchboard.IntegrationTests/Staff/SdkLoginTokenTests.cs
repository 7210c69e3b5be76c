using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Sdk;

namespace Switchboard.IntegrationTests.Staff;

/// <summary>CreateSDKLoginToken and the redemption the browser side will perform.</summary>
public sealed class SdkLoginTokenTests
{
    private const long App = StaffActionHost.App;

    [Fact]
    public async Task Mints_a_ten_minute_token_and_an_sdk_url_for_the_agent()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "Agent+1@Example.com");

        var response = await host.CallAsync<CreateSDKLoginTokenResponse>(new CreateSDKLoginTokenRequest { SdkAppId = App, SeatUserId = "agent+1@example.com", OnlyOnce = false });

        Assert.True(SdkLoginTokenFormat.IsWellFormed(response.Token));
        Assert.Equal(host.Now + 600, response.ExpiredTime);
        Assert.Equal($"{StaffActionHost.PublicBaseUrl}/sdk/tccc.js?sdkAppId={App}&token={response.Token}&userid=Agent%2B1%40Example.com", response.SdkURL);
        var stored = await host.WithDbAsync(db => db.SdkLoginTokens.SingleAsync());
        Assert.Equal((SdkLoginTokenFormat.HashOf(response.Token!), App, "agent+1@example.com", response.ExpiredTime, (long?)null),
            (stored.TokenHash, stored.SdkAppId, stored.AgentMailKey, stored.ExpiresAt, stored.RedeemedAt));
    }

    [Theory]
    [InlineData("ghost@example.com", ErrorCodes.AccountNotExist)]
    [InlineData("", ErrorCodes.InvalidParameterValue)]
    public async Task Only_an_existing_agent_gets_a_token(string seatUserId, string code)
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(StaffActionHost.OtherApp, "ghost@example.com");
        var error = await host.FailAsync(new CreateSDKLoginTokenRequest { SdkAppId = App, SeatUserId = seatUserId });
        Assert.Equal(code, error.Code);
        Assert.Equal(0, await host.WithDbAsync(db => db.SdkLoginTokens.CountAsync()));
    }

    [Fact]
    public async Task A_token_works_once_whatever_OnlyOnce_said()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a@example.com");
        var token = await MintAsync(host, "a@example.com", onlyOnce: false);

        Assert.Equal(SdkLoginRedemption.Redeemed, await RedeemAsync(host, App, "A@example.com", token));
        Assert.Equal(SdkLoginRedemption.AlreadyUsed, await RedeemAsync(host, App, "a@example.com", token));
    }

    [Fact]
    public async Task A_token_is_bound_to_its_application_and_agent_and_a_wrong_attempt_does_not_burn_it()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a@example.com", "b@example.com");
        var token = await MintAsync(host, "a@example.com");

        Assert.Equal(SdkLoginRedemption.WrongAgent, await RedeemAsync(host, App, "b@example.com", token));
        Assert.Equal(SdkLoginRedemption.WrongApplication, await RedeemAsync(host, StaffActionHost.OtherApp, "a@example.com", token));
        Assert.Equal(SdkLoginRedemption.Redeemed, await RedeemAsync(host, App, "a@example.com", token));
    }

    [Fact]
    public async Task A_token_expires_after_ten_minutes()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a@example.com");
        var lastSecond = await MintAsync(host, "a@example.com");
        var late = await MintAsync(host, "a@example.com");

        host.Clock.Advance(TimeSpan.FromSeconds(599));
        Assert.Equal(SdkLoginRedemption.Redeemed, await RedeemAsync(host, App, "a@example.com", lastSecond));
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SdkLoginRedemption.Expired, await RedeemAsync(host, App, "a@example.com", late));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Tokens_never_issued_are_unknown(string token)
    {
        await using var host = await StaffActionHost.StartAsync();
        Assert.Equal(SdkLoginRedemption.Unknown, await RedeemAsync(host, App, "a@example.com", token));
    }

    [Fact]
    public async Task Of_concurrent_redemptions_exactly_one_wins()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a@example.com");
        var token = await MintAsync(host, "a@example.com");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => RedeemAsync(host, App, "a@example.com", token))));

        Assert.Equal(1, outcomes.Count(o => o == SdkLoginRedemption.Redeemed));
        Assert.Equal(15, outcomes.Count(o => o == SdkLoginRedemption.AlreadyUsed));
    }

    [Fact]
    public async Task Minting_purges_tokens_an_hour_past_their_expiry()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a@example.com");
        var old = await MintAsync(host, "a@example.com");

        host.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromHours(1));
        await MintAsync(host, "a@example.com");
        Assert.Equal(2, await host.WithDbAsync(db => db.SdkLoginTokens.CountAsync())); // exactly at the retention edge: kept
        Assert.Equal(SdkLoginRedemption.Expired, await RedeemAsync(host, App, "a@example.com", old));

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var newest = await MintAsync(host, "a@example.com");
        Assert.Equal(2, await host.WithDbAsync(db => db.SdkLoginTokens.CountAsync()));
        Assert.Equal(SdkLoginRedemption.Unknown, await RedeemAsync(host, App, "a@example.com", old));
        Assert.Equal(SdkLoginRedemption.Redeemed, await RedeemAsync(host, App, "a@example.com", newest));
    }

    private static async Task<string> MintAsync(StaffActionHost host, string mail, bool? onlyOnce = true) =>
        (await host.CallAsync<CreateSDKLoginTokenResponse>(new CreateSDKLoginTokenRequest { SdkAppId = App, SeatUserId = mail, OnlyOnce = onlyOnce })).Token!;

    private static async Task<SdkLoginRedemption> RedeemAsync(StaffActionHost host, long sdkAppId, string mail, string token)
    {
        await using var scope = host.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SdkLoginTokenService>()
            .RedeemAsync(sdkAppId, mail, token, TestContext.Current.CancellationToken);
    }
}
