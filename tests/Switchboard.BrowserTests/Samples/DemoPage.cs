using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.BrowserTests.Samples;

/// <summary>
/// One tab of samples/vue-demo, driven the way an agent uses it (fill, click, read what the page shows). The
/// locators are the page's own labels and test ids; the SDK's workstation is read through its open shadow roots.
/// </summary>
public sealed class DemoPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    /// <summary>Long enough for a login on a loaded two-core machine; every wait below ends as soon as it can.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public IPage Page { get; } = page;

    /// <summary>The context (tab's network and storage) the page runs in.</summary>
    public IBrowserContext Context { get; } = context;

    /// <summary>The element the page asked the SDK to render into (<c>data-render-dom-id</c>).</summary>
    public ILocator Container => Page.Locator("#tccc-workstation");

    /// <summary>The SDK's embedded workbench inside the container.</summary>
    public ILocator Workbench => Container.Locator("t3c-workbench");

    /// <summary>The page's own display of the agent's status; its <c>data-status</c> is the SDK's status name.</summary>
    public ILocator Status => Page.GetByTestId("status");

    public ILocator Problem => Page.GetByTestId("problem");

    public ILocator EventLog => Page.GetByTestId("event-log");

    /// <summary>Opens the demo in a fresh context (its own tab and storage) with <paramref name="agentMail"/> in the login form.</summary>
    public static async Task<DemoPage> OpenAsync(IBrowser browser, Uri demo, string agentMail)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(demo, "/?agent=" + Uri.EscapeDataString(agentMail)).ToString());
        var demoPage = new DemoPage(context, page);
        await Expect(page.Locator("#agent")).ToHaveValueAsync(agentMail, new() { Timeout = Ms(Patience) });
        return demoPage;
    }

    /// <summary>Presses "Log in" once the page has read its settings.</summary>
    public async Task LogInAsync()
    {
        var button = Page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true });
        await Expect(button).ToBeEnabledAsync(new() { Timeout = Ms(Patience) });
        await button.ClickAsync();
    }

    /// <summary>Waits until the page is in <paramref name="phase"/> (signedOut, loading, ready, disconnected, failed).</summary>
    public async Task ExpectPhaseAsync(string phase)
    {
        try
        {
            await Expect(Page.GetByTestId("phase")).ToHaveAttributeAsync("data-phase", phase, new() { Timeout = Ms(Patience) });
        }
        catch (PlaywrightException failure)
        {
            throw new InvalidOperationException($"the demo did not reach '{phase}'; its event log:\n{await EventLog.InnerTextAsync()}", failure);
        }
    }

    public Task ExpectStatusAsync(string status) =>
        Expect(Status).ToHaveAttributeAsync("data-status", status, new() { Timeout = Ms(Patience) });

    /// <summary>Presses one of the page's status buttons (free, notReady, rest), after filling the rest reason when given.</summary>
    public async Task ChooseStatusAsync(string status, string? restReason = null)
    {
        if (restReason is not null) await Page.GetByLabel("reason").FillAsync(restReason);
        await Page.Locator($"[data-set='{status}']").ClickAsync();
    }

    /// <summary>Log entries of <paramref name="eventName"/>, oldest first, as the page shows them.</summary>
    public async Task<IReadOnlyList<string>> LoggedAsync(string eventName)
    {
        var entries = await EventLog.Locator($"li[data-event='{eventName}']").AllInnerTextsAsync();
        return [.. entries.Reverse()];
    }

    /// <summary>Waits until the log shows <paramref name="count"/> entries of <paramref name="eventName"/>.</summary>
    public Task ExpectLoggedAsync(string eventName, int count = 1) =>
        Expect(EventLog.Locator($"li[data-event='{eventName}']")).ToHaveCountAsync(count, new() { Timeout = Ms(Patience) });

    private static float Ms(TimeSpan span) => (float)span.TotalMilliseconds;

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
