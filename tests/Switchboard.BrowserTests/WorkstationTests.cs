using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;
using Switchboard.Client;

namespace Switchboard.BrowserTests;

/// <summary>
/// The workstation the SDK renders: embedded or floating, showing the agent, the connection and a status
/// switcher; isolated from the page's CSS, escaping data, usable with the keyboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkstationTests(BrowserFixture fixture)
{
    private const string Ann = "ann@example.com";

    private static readonly SeatUserInfo AnnWithNick = TenantBackend.Agent(Ann) with { Nick = "Annie" };

    /// <summary>A page that tries hard to break whatever it hosts.</summary>
    private const string HostileCss = """
        * { all: unset !important; }
        html, body { font-size: 64px !important; line-height: 3 !important; color: red !important; }
        div, span, p, section, header, button, strong, h1, h2, ul, li, input, select, img, svg, t3c-sdk { display: none !important; }
        t3c-sdk, t3c-sdk * { width: 1px !important; height: 1px !important; opacity: 0 !important; visibility: hidden !important; }
        button { font-size: 80px !important; padding: 100px !important; }
        """;

    private static ILocator Embedded(AgentPage page) => page.Page.Locator("#workstation t3c-workbench");

    private async Task<AgentPage> EmbeddedReadyPageAsync(TenantBackend backend, int width = 760, int height = 480)
    {
        var page = await fixture.OpenAsync(new BusinessPage(EmbedWidth: width, EmbedHeight: height));
        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, Ann), new { renderDomId = BusinessPage.EmbedElementId });
        await page.WaitForEventAsync("ready");
        await Assertions.Expect(Embedded(page).Locator(".conn-text")).ToHaveTextAsync("Connected");
        return page;
    }

    [Fact]
    public async Task Embedded_at_760_by_480_it_fills_the_element_and_shows_the_agent_connection_and_status()
    {
        using var backend = await fixture.TenantWithAgentsAsync(AnnWithNick);
        await using var page = await EmbeddedReadyPageAsync(backend);
        var workstation = Embedded(page);

        var box = await workstation.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.Equal((760f, 480f), (box.Width, box.Height));
        await Assertions.Expect(workstation.Locator(".name")).ToHaveTextAsync("Annie");
        await Assertions.Expect(workstation.Locator(".uid")).ToContainTextAsync(Ann);
        await Assertions.Expect(workstation.Locator(".current .status")).ToHaveTextAsync("Free");
        await Assertions.Expect(workstation.GetByRole(AriaRole.Button, new() { Name = "Not ready" })).ToBeVisibleAsync();
        Assert.False(await page.Page.Locator("t3c-sdk .fab").IsVisibleAsync(), "no floating button in embedded mode");
        await page.Page.Locator("#" + BusinessPage.EmbedElementId).ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserFixture.ArtifactsDirectory(), "workstation-embedded-760x480.png"),
        });
    }

    [Fact]
    public async Task The_status_switcher_follows_changes_made_in_another_tab_of_the_same_agent()
    {
        using var backend = await fixture.TenantWithAgentsAsync(AnnWithNick);
        await using var watching = await EmbeddedReadyPageAsync(backend);
        await using var acting = await fixture.OpenAsync(new BusinessPage());
        await acting.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, Ann));
        await acting.WaitForEventAsync("ready");

        (await acting.SettleAsync("tccc.Agent.setStatus({ status: 'notReady' })")).AssertResolved();

        await Assertions.Expect(Embedded(watching).Locator(".current .status")).ToHaveTextAsync("Not ready");
        await Assertions.Expect(Embedded(watching).GetByRole(AriaRole.Button, new() { Name = "Not ready" }))
            .ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal("notReady", (await watching.WaitForEventAsync("statusChanged")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_switcher_takes_the_agent_on_a_break_offline_and_back_to_free()
    {
        using var backend = await fixture.TenantWithAgentsAsync(AnnWithNick);
        await using var page = await EmbeddedReadyPageAsync(backend);
        var workstation = Embedded(page);

        string[] steps = ["On a break: Training", "Offline", "Free"];
        for (var step = 0; step < steps.Length; step++)
        {
            await workstation.GetByRole(AriaRole.Button, new() { Name = steps[step], Exact = true }).ClickAsync();
            await page.WaitForEventAsync("statusChanged", count: step + 1);
            await Assertions.Expect(workstation.GetByRole(AriaRole.Button, new() { Name = steps[step], Exact = true }))
                .ToHaveAttributeAsync("aria-pressed", "true");
        }

        var changes = await page.EventsAsync("statusChanged");
        Assert.Equal(["rest", "offline", "free"], changes.Select(c => c.GetProperty("status").GetString()));
        Assert.Equal("Training", changes[0].GetProperty("restReason").GetString());
        await Assertions.Expect(workstation.Locator(".error")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_status_switcher_is_reachable_with_tab_and_operated_with_enter()
    {
        using var backend = await fixture.TenantWithAgentsAsync(AnnWithNick);
        await using var page = await EmbeddedReadyPageAsync(backend);

        string? focused = null;
        for (var presses = 0; presses < 15 && focused != "notReady"; presses++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string?>("""
                () => {
                  let active = document.activeElement;
                  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
                  return active && active.dataset ? active.dataset.status || null : null;
                }
                """);
        }
        Assert.Equal("notReady", focused);
        await page.Page.Keyboard.PressAsync("Enter");

        Assert.Equal("notReady", (await page.WaitForEventAsync("statusChanged")).GetProperty("status").GetString());
        await Assertions.Expect(Embedded(page).Locator(".current .status")).ToHaveTextAsync("Not ready");
        var labelled = await page.EvaluateAsync<bool>("""
            () => {
              const root = document.querySelector('#workstation t3c-workbench').shadowRoot;
              return !!root.querySelector('[role=region][aria-label]') && !!root.querySelector('[role=status]')
                && !!root.querySelector('[role=group][aria-labelledby]');
            }
            """);
        Assert.True(labelled, "the workstation exposes labelled regions to screen readers");
    }

    [Fact]
    public async Task An_agent_name_holding_markup_is_shown_as_text_and_never_runs()
    {
        const string hostile = "<img src=x onerror=\"window.hacked=1\">";
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann) with { Name = hostile, Nick = hostile });
        await using var page = await EmbeddedReadyPageAsync(backend);

        await Assertions.Expect(Embedded(page).Locator(".name")).ToHaveTextAsync(hostile);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.False(await page.EvaluateAsync<bool>("() => 'hacked' in window"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelector('#workstation t3c-workbench').shadowRoot.querySelectorAll('img').length"));
    }

    [Fact]
    public async Task A_hostile_page_stylesheet_neither_hides_nor_resizes_nor_disables_the_workstation()
    {
        using var backend = await fixture.TenantWithAgentsAsync(AnnWithNick);
        await using var page = await fixture.OpenAsync(new BusinessPage(Css: HostileCss));
        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, Ann));
        await page.WaitForEventAsync("ready");

        var button = page.Page.Locator("t3c-sdk .fab");
        await Assertions.Expect(button).ToBeVisibleAsync();
        var box = await button.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.Equal((56f, 56f), (box.Width, box.Height));
        Assert.Equal((1280f - 24 - 56, 800f - 24 - 56), (box.X, box.Y));

        await button.ClickAsync();
        var popup = page.Page.Locator("t3c-sdk .popup");
        await Assertions.Expect(popup).ToBeVisibleAsync();
        var popupBox = await popup.BoundingBoxAsync();
        Assert.Equal((380f, 480f), (popupBox!.Width, popupBox.Height));
        await Assertions.Expect(popup.Locator(".name")).ToHaveTextAsync("Annie");
        Assert.Equal("16px", await popup.Locator(".name").EvaluateAsync<string>("e => getComputedStyle(e).fontSize"));
        await popup.GetByRole(AriaRole.Button, new() { Name = "Not ready" }).ClickAsync();

        Assert.Equal("notReady", (await page.WaitForEventAsync("statusChanged")).GetProperty("status").GetString());
        await Assertions.Expect(popup.Locator(".current .status")).ToHaveTextAsync("Not ready");
    }

    [Fact]
    public async Task The_ui_methods_work_before_ready_and_toggle_the_button_and_the_workbench()
    {
        using var backend = await fixture.TenantWithAgentsAsync(AnnWithNick);
        await using var page = await fixture.OpenAsync(new BusinessPage());
        var button = page.Page.Locator("t3c-sdk .fab");
        var popup = page.Page.Locator("t3c-sdk .popup");

        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, Ann));
        await page.Page.WaitForFunctionAsync("() => window.tccc");
        await page.EvaluateAsync<bool>("() => { tccc.UI.hidefloatButton(); tccc.UI.showWorkbench(); return true; }");
        await Assertions.Expect(button).ToBeHiddenAsync();
        await Assertions.Expect(popup).ToBeVisibleAsync();
        await page.WaitForEventAsync("ready");

        await page.EvaluateAsync<bool>("() => { tccc.UI.hide(); return true; }");
        await Assertions.Expect(popup).ToBeHiddenAsync();
        await page.EvaluateAsync<bool>("() => { tccc.UI.show(); tccc.UI.showfloatButton(); tccc.UI.hideWorkbench(); return true; }");
        await Assertions.Expect(button).ToBeVisibleAsync();
        await Assertions.Expect(popup).ToBeHiddenAsync();

        await button.ClickAsync();
        await Assertions.Expect(popup).ToBeVisibleAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(popup).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_refused_login_is_shown_in_the_workstation_with_the_servers_message()
    {
        using var backend = await fixture.TenantWithAgentsAsync(AnnWithNick);
        var sdkUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        await using var page = await fixture.OpenAsync(new BusinessPage(EmbedWidth: 760));

        await page.InjectAsync(SdkUrls.With(sdkUrl, "token", SdkUrls.Tampered(SdkUrls.Parameter(sdkUrl, "token"))),
            new { renderDomId = BusinessPage.EmbedElementId });
        var message = (await page.WaitForEventAsync("tokenExpired")).GetProperty("message").GetString()!;

        await Assertions.Expect(Embedded(page).Locator(".conn-text")).ToHaveTextAsync("Sign-in failed");
        await Assertions.Expect(Embedded(page).Locator(".notice")).ToHaveTextAsync(message);
    }
}
