using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;

namespace Switchboard.BrowserTests.Media;

/// <summary>
/// A headless Chromium whose fake microphone plays one tone (its own process: the microphone file is a launch flag),
/// opening call pages from a page host.
/// </summary>
public sealed class ToneBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly string _toneFile;

    private ToneBrowser(IPlaywright playwright, IBrowser browser, string toneFile, double frequency)
    {
        _playwright = playwright;
        Browser = browser;
        _toneFile = toneFile;
        Frequency = frequency;
    }

    /// <summary>The tone this browser's microphone sends, in Hz.</summary>
    public double Frequency { get; }

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>Starts Chromium with a <paramref name="frequency"/> Hz microphone.</summary>
    public static async Task<ToneBrowser> LaunchAsync(double frequency)
    {
        var toneFile = ToneFile.Write(frequency);
        var (playwright, browser) = await ChromiumLauncher.LaunchAsync(
            "--use-file-for-fake-audio-capture=" + toneFile, "--autoplay-policy=no-user-gesture-required");
        return new ToneBrowser(playwright, browser, toneFile, frequency);
    }

    /// <summary>A new tab showing the call page (see <see cref="CallPageScript"/>) from <paramref name="pages"/>.</summary>
    public Task<IPage> OpenCallPageAsync(PageHost pages) => OpenAsync(pages, CallPageScript.Html);

    /// <summary>A new tab (its own context, allowed the microphone) showing <paramref name="html"/> published on <paramref name="pages"/>.</summary>
    public async Task<IPage> OpenAsync(PageHost pages, string html)
    {
        var context = await Browser.NewContextAsync();
        await context.GrantPermissionsAsync(["microphone"]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(pages.Publish(html).ToString());
        return page;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        File.Delete(_toneFile);
    }
}
