using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

namespace Switchboard.BrowserTests.Chat;

/// <summary>A business's plain page with the widget tag pasted in, open in its own browser context.</summary>
internal sealed class VisitorPage(IBrowserContext context, IPage page, long app) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>The widget's shadow host; CSS locators below it pierce the open shadow root.</summary>
    public ILocator Widget => Page.Locator("[data-switchboard-chat]");

    public ILocator Status => Widget.Locator(".status");

    public ILocator Messages => Widget.Locator(".messages .message");

    /// <summary>The page's HTML: a heading and the one tag of docs/chat.md, attributes HTML-encoded.</summary>
    public static string Html(Uri server, IReadOnlyDictionary<string, string> attributes)
    {
        var tag = string.Join(' ', attributes.Select(a => $"data-{a.Key}=\"{WebUtility.HtmlEncode(a.Value)}\""));
        return $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Shop</title>
            <style>div { color: red !important; font-size: 40px !important; } button { display: none !important; }</style></head>
            <body><h1>Our shop</h1>
            <script src="{{server}}widget.js" {{tag}} async></script>
            </body></html>
            """;
    }

    public static async Task<VisitorPage> OpenAsync(IBrowser browser, Uri address, long app)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(address.ToString());
        return new VisitorPage(context, page, app);
    }

    /// <summary>A second page of the same browser (same localStorage), e.g. after navigating elsewhere.</summary>
    public async Task ReloadAsync() => await Page.ReloadAsync();

    /// <summary>What the widget keeps in localStorage: the visitor id and the session.</summary>
    public async Task<(string VisitorId, string? SessionId)> SavedAsync()
    {
        var json = await Page.EvaluateAsync<string>("key => localStorage.getItem(key) ?? '{}'", $"switchboard-chat:{app}");
        using var saved = JsonDocument.Parse(json);
        var root = saved.RootElement;
        var visitorId = root.TryGetProperty("identity", out var identity) ? identity.GetProperty("visitorId").GetString()! : "";
        var sessionId = root.TryGetProperty("sessionId", out var session) ? session.GetString() : null;
        return (visitorId, sessionId);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
