using System.Net;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>The session credential: renewable while valid, refused once its minutes are over or when forged.</summary>
public sealed class SdkSessionTests(FakeClockHostFixture fixture) : IClassFixture<FakeClockHostFixture>
{
    private SwitchboardHost Host => fixture.Host;

    [Fact]
    public async Task Renewing_before_expiry_gives_a_fresh_credential_that_outlives_the_old_one()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, fixture.Clock, "ann@example.com");
        var page = new SdkPage(Host);
        var session = await backend.SessionAsync("ann@example.com");

        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var renewed = await page.RenewAsync(session);
        Assert.Equal(HttpStatusCode.OK, renewed.Status);
        Assert.Equal(900, renewed.Body.GetProperty("expiresIn").GetInt32());
        Assert.NotEqual(session, renewed.Session);

        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal("SessionExpired", (await page.RenewAsync(session)).Code);
        await using var tab = await WorkstationTab.OpenAsync(Host, renewed.Session);
        Assert.Equal("free", (await tab.GetStateAsync()).Status);
        Assert.Equal(HttpStatusCode.OK, (await page.RenewAsync(renewed.Session)).Status);
    }

    [Fact]
    public async Task An_expired_session_can_neither_be_renewed_nor_open_a_connection()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, fixture.Clock, "ann@example.com");
        var session = await backend.SessionAsync("ann@example.com");

        fixture.Clock.Advance(TimeSpan.FromMinutes(15));

        var renewal = await new SdkPage(Host).RenewAsync(session);
        Assert.Equal((HttpStatusCode.Unauthorized, "SessionExpired"), (renewal.Status, renewal.Code));
        var tab = WorkstationTab.Create(Host, session);
        await using (tab)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => tab.Connection.StartAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task The_session_of_a_deleted_agent_can_neither_be_renewed_nor_connect()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, fixture.Clock, "ann@example.com");
        var session = await backend.SessionAsync("ann@example.com");
        await backend.Client.DeleteStaffAsync(new() { SdkAppId = backend.App, StaffList = ["ann@example.com"] }, TestContext.Current.CancellationToken);

        var renewal = await new SdkPage(Host).RenewAsync(session);

        Assert.Equal((HttpStatusCode.Unauthorized, "AgentNotFound"), (renewal.Status, renewal.Code));
        var tab = WorkstationTab.Create(Host, session);
        await using (tab)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => tab.Connection.StartAsync(TestContext.Current.CancellationToken));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-session")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_missing_or_forged_credential_is_refused(string? credential)
    {
        var renewal = await new SdkPage(Host).RenewAsync(credential);

        Assert.Equal((HttpStatusCode.Unauthorized, "SessionInvalid"), (renewal.Status, renewal.Code));
    }

    [Fact]
    public async Task A_login_token_is_not_a_session_and_a_session_is_not_a_login_token()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, fixture.Clock, "ann@example.com");
        var page = new SdkPage(Host);
        var token = await backend.TokenAsync("ann@example.com");

        Assert.Equal("SessionInvalid", (await page.RenewAsync(token)).Code);
        var session = (await page.LoginAsync(backend.App, "ann@example.com", token)).Session;
        Assert.Equal("TokenInvalid", (await page.LoginAsync(backend.App, "ann@example.com", session)).Code);
    }
}
