using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Sdk;

namespace Switchboard.IntegrationTests.ClientScenarios;

/// <summary>
/// Scenarios in which time passes: a server on a fake clock, and a client whose timestamps come from the same
/// clock, so minutes go by without waiting for them.
/// </summary>
public sealed class TimePassingScenarioTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<(SwitchboardHost Host, FakeTimeProvider Clock)> StartAsync()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        return (await SwitchboardHost.StartAsync(clock: clock), clock);
    }

    [Fact]
    public async Task A_backend_syncing_by_ModifiedTime_sees_exactly_what_changed_since_its_last_sync()
    {
        var (host, clock) = await StartAsync();
        await using var _ = host;
        using var backend = await TenantBackend.ConnectAsync(host, o => o.TimeProvider = clock);
        var sales = await backend.CreateSkillGroupAsync("Sales");
        var support = await backend.CreateSkillGroupAsync("Support");
        await backend.CreateAgentsAsync(
            TenantBackend.Agent("ann@example.com", "Sales"), TenantBackend.Agent("bob@example.com", "Support"),
            TenantBackend.Agent("cid@example.com"), TenantBackend.Agent("dee@example.com"));
        var firstSync = clock.GetUtcNow().ToUnixTimeSeconds();

        clock.Advance(TimeSpan.FromMinutes(2));
        var lastSync = clock.GetUtcNow().ToUnixTimeSeconds();
        await backend.Client.ModifyStaffAsync(new() { SdkAppId = backend.App, Email = "cid@example.com", Nick = "C" }, Cancellation);
        await backend.Client.BindStaffSkillGroupListAsync(
            new() { SdkAppId = backend.App, StaffEmail = "dee@example.com", StaffSkillGroupList = [new() { SkillGroupId = support }] }, Cancellation);
        // Ann did not change, but the name of her group did, and she lists it.
        await backend.Client.UpdateCCCSkillGroupAsync(new() { SdkAppId = backend.App, SkillGroupID = sales, SkillGroupName = "Sales EMEA" }, Cancellation);
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal("ann,bob,cid,dee", await ChangedAgentsAsync(backend, firstSync));
        Assert.Equal("ann,cid,dee", await ChangedAgentsAsync(backend, lastSync));
        Assert.Equal("", await ChangedAgentsAsync(backend, lastSync + 1));
        Assert.Equal(lastSync, (await backend.DescribeAgentAsync("ann@example.com")).LastModifyTimestamp);

        var groups = await backend.Client.DescribeSkillGroupInfoListAsync(
            new() { SdkAppId = backend.App, PageSize = 10, PageNumber = 0, ModifiedTime = lastSync }, Cancellation);
        Assert.Equal([(sales, "Sales EMEA", (long?)lastSync)], groups.SkillGroupList.Select(g => (g.SkillGroupId, g.SkillGroupName, g.LastModifyTimestamp)));
    }

    [Fact]
    public async Task A_login_token_is_refused_once_its_ten_minutes_are_over()
    {
        var (host, clock) = await StartAsync();
        await using var _ = host;
        using var backend = await TenantBackend.ConnectAsync(host, o => o.TimeProvider = clock);
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"));
        var issuedAt = clock.GetUtcNow().ToUnixTimeSeconds();
        var inTime = await backend.Client.CreateSDKLoginTokenAsync(new() { SdkAppId = backend.App, SeatUserId = "ann@example.com" }, Cancellation);
        var late = await backend.Client.CreateSDKLoginTokenAsync(new() { SdkAppId = backend.App, SeatUserId = "ann@example.com" }, Cancellation);
        Assert.Equal((issuedAt + 600, issuedAt + 600), (inTime.ExpiredTime, late.ExpiredTime));

        clock.Advance(TimeSpan.FromSeconds(599));
        Assert.Equal(SdkLoginRedemption.Redeemed, await RedeemAsync(host, backend.App, inTime.Token!));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SdkLoginRedemption.Expired, await RedeemAsync(host, backend.App, late.Token!));
    }

    [Fact]
    public async Task A_client_clock_drifting_past_five_minutes_gets_SignatureExpire_until_it_is_fixed()
    {
        var (host, serverClock) = await StartAsync();
        await using var _ = host;
        var clientClock = new FakeTimeProvider(serverClock.GetUtcNow());
        using var backend = await TenantBackend.ConnectAsync(host, o => o.TimeProvider = clientClock);
        Task List() => backend.Client.DescribeStaffInfoListAsync(new() { SdkAppId = backend.App, PageSize = 1, PageNumber = 0 }, Cancellation);

        clientClock.Advance(TimeSpan.FromSeconds(299));
        await List();
        clientClock.Advance(TimeSpan.FromSeconds(2));
        var error = await ApiError.ExpectAsync("AuthFailure.SignatureExpire", List);
        Assert.Contains("5 minutes", error.Message);

        serverClock.Advance(TimeSpan.FromSeconds(301));
        await List();
    }

    private static async Task<string> ChangedAgentsAsync(TenantBackend backend, long since)
    {
        var page = await backend.Client.DescribeStaffInfoListAsync(
            new() { SdkAppId = backend.App, PageSize = 100, PageNumber = 0, ModifiedTime = since }, Cancellation);
        Assert.Equal(page.StaffList.Count, page.TotalCount);
        return string.Join(',', page.StaffList.Select(a => a.Mail![..a.Mail!.IndexOf('@')]));
    }

    private static async Task<SdkLoginRedemption> RedeemAsync(SwitchboardHost host, long sdkAppId, string token)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SdkLoginTokenService>().RedeemAsync(sdkAppId, "ann@example.com", token, Cancellation);
    }
}
