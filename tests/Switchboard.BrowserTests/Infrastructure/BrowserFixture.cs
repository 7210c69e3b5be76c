using Microsoft.Playwright;

namespace Switchboard.BrowserTests.Infrastructure;

/// <summary>
/// What every browser test needs, started once per collection: the real Switchboard server, the
/// integrator's page server on a second origin, and headless Chromium. Each test opens its own pages in
/// fresh browser contexts and makes its own tenant, so tests do not see each other.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private SwitchboardHost? _server;
    private PageHost? _pages;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public SwitchboardHost Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public PageHost Pages => _pages ?? throw new InvalidOperationException("The page host has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await SwitchboardHost.StartAsync();
        _pages = await PageHost.StartAsync();
        (_playwright, _browser) = await ChromiumLauncher.LaunchAsync();
    }

    /// <summary>Opens <paramref name="page"/> from the page origin in a new browser context (its own tab and storage).</summary>
    public async Task<AgentPage> OpenAsync(BusinessPage page, int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(Pages.Publish(page.Html()).ToString());
        return new AgentPage(context, tab);
    }

    /// <summary>A fresh tenant with the given agents, and its backend's client.</summary>
    internal async Task<TenantBackend> TenantWithAgentsAsync(params Client.SeatUserInfo[] agents)
    {
        var backend = await TenantBackend.ConnectAsync(Server);
        if (agents.Length > 0) await backend.CreateAgentsAsync(agents);
        return backend;
    }

    /// <summary>What the integrator's /loginTCCC route does: CreateSDKLoginToken for the agent, giving its SdkURL.</summary>
    internal static async Task<string> SdkUrlAsync(TenantBackend backend, string mail)
    {
        var login = await backend.Client.CreateSDKLoginTokenAsync(new() { SdkAppId = backend.App, SeatUserId = mail }, Cancellation);
        return login.SdkURL ?? throw new InvalidOperationException("CreateSDKLoginToken answered without an SdkURL.");
    }

    /// <summary>Folder for screenshots and other artefacts: the test run's results folder when scripts/test sets it.</summary>
    public static string ArtifactsDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("SWITCHBOARD_TEST_ARTIFACTS");
        var directory = string.IsNullOrWhiteSpace(configured) ? Path.Combine(AppContext.BaseDirectory, "TestResults") : configured;
        Directory.CreateDirectory(directory);
        return directory;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_pages is not null) await _pages.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
    }
}
