using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;
using Switchboard.Client;

namespace Switchboard.BrowserTests;

/// <summary>
/// The integrator's backend changes an agent's presence with the cloud API while the agent's page is open:
/// the page hears it, and its workstation shows it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackendPresenceTests(BrowserFixture fixture)
{
    private const string Ann = "ann@example.com";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static ILocator Embedded(AgentPage page) => page.Page.Locator("#workstation t3c-workbench");

    private async Task<AgentPage> EmbeddedReadyPageAsync(TenantBackend backend)
    {
        var page = await fixture.OpenAsync(new BusinessPage(EmbedWidth: 760));
        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, Ann), new { renderDomId = BusinessPage.EmbedElementId });
        await page.WaitForEventAsync("ready");
        return page;
    }

    [Fact]
    public async Task Set_staff_status_from_the_backend_reaches_the_page_and_its_workstation()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await EmbeddedReadyPageAsync(backend);

        await backend.Client.SetStaffStatusAsync(new()
        {
            SdkAppId = backend.App,
            StaffStatusList = [new SetStaffStatusItem { StaffUserId = Ann, Status = "rest", Reason = "Meeting" }],
        }, Cancellation);

        var changed = await page.WaitForEventAsync("statusChanged");
        Assert.Equal(("rest", "Meeting"), (changed.GetProperty("status").GetString(), changed.GetProperty("restReason").GetString()));
        Assert.Equal("rest", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
        await Assertions.Expect(Embedded(page).Locator(".current .status")).ToHaveTextAsync("On a break: Meeting");
        await Assertions.Expect(Embedded(page).GetByRole(AriaRole.Button, new() { Name = "On a break: Meeting" }))
            .ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task Force_member_offline_tells_the_page_why_disconnects_it_and_refuses_a_new_login_until_restored()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await EmbeddedReadyPageAsync(backend);

        await backend.Client.ForceMemberOfflineAsync(new() { SdkAppId = backend.App, UserId = Ann }, Cancellation);

        var notice = await page.WaitForEventAsync("forcedOffline");
        var message = notice.GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Equal("offline", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
        await Assertions.Expect(Embedded(page).Locator(".conn-text")).ToHaveTextAsync("Forced offline");
        await Assertions.Expect(Embedded(page).Locator(".notice")).ToHaveTextAsync(message!);
        Assert.Contains("not connected", (await page.SettleAsync("tccc.Agent.setStatus({ status: 'free' })")).AssertRejected());

        await page.TeardownAsync();
        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, Ann));
        await page.WaitForEventAsync("tokenExpired");

        await backend.Client.RestoreMemberOnlineAsync(new() { SdkAppId = backend.App, UserId = Ann }, Cancellation);
        await page.TeardownAsync();
        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, Ann));
        await page.WaitForEventAsync("ready", count: 2);
    }
}
