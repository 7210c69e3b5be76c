using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;

namespace Switchboard.BrowserTests;

/// <summary>The agent's network drops for a moment: the SDK reconnects by itself and the agent keeps the state.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReconnectionTests(BrowserFixture fixture)
{
    private const string Ann = "ann@example.com";

    [Fact]
    public async Task A_short_network_drop_shows_reconnecting_then_reconnects_and_keeps_the_agents_state()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var network = new NetworkCut(fixture.Server.BaseAddress);
        await using var page = await fixture.OpenAsync(new BusinessPage(EmbedWidth: 760));
        await page.InjectAsync(network.Route(await BrowserFixture.SdkUrlAsync(backend, Ann)), new { renderDomId = BusinessPage.EmbedElementId });
        await page.WaitForEventAsync("ready");
        (await page.SettleAsync("tccc.Agent.setStatus({ status: 'notReady' })")).AssertResolved();
        var connection = page.Page.Locator("#workstation t3c-workbench .conn-text");

        network.Cut();
        await Assertions.Expect(connection).ToHaveTextAsync("Reconnecting…", new() { Timeout = 10_000 });
        Assert.Contains("not connected", (await page.SettleAsync("tccc.Agent.setStatus({ status: 'free' })")).AssertRejected());
        network.Restore();

        await Assertions.Expect(connection).ToHaveTextAsync("Connected", new() { Timeout = 15_000 });
        Assert.Equal("notReady", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
        (await page.SettleAsync("tccc.Agent.setStatus({ status: 'free' })")).AssertResolved();
        Assert.Single(await page.EventsAsync("ready"));
    }
}
