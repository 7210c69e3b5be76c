using Switchboard.BrowserTests.Infrastructure;

namespace Switchboard.BrowserTests.Media;

/// <summary>
/// What agent-side media tests need, started once per class: a Switchboard server whose legs end soon after a browser
/// goes quiet, the integrator's page host on a second origin, and a Chromium whose fake microphone plays
/// <see cref="Frequency"/>.
/// </summary>
public sealed class AgentMediaFixture : IAsyncLifetime
{
    /// <summary>The tone the microphone plays, in Hz.</summary>
    public const double Frequency = 440;

    /// <summary>The server's consent timeout: how soon a leg whose browser stopped checking ends.</summary>
    public static readonly TimeSpan ConsentTimeout = TimeSpan.FromSeconds(3);

    private SwitchboardHost? _server;
    private PageHost? _pages;
    private ToneBrowser? _browser;

    /// <summary>The server.</summary>
    public SwitchboardHost Server => _server ?? throw new InvalidOperationException("not started");

    /// <summary>The integrator's page host.</summary>
    public PageHost Pages => _pages ?? throw new InvalidOperationException("not started");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _server = await SwitchboardHost.StartAsync(new Dictionary<string, string?>
        {
            ["Media:ConsentTimeoutSeconds"] = ((int)ConsentTimeout.TotalSeconds).ToString(),
            ["Media:EchoDelayMilliseconds"] = "100",
        });
        _pages = await PageHost.StartAsync();
        _browser = await ToneBrowser.LaunchAsync(Frequency);
    }

    /// <summary>Opens <paramref name="page"/> from the page origin in a new browser context allowed the microphone.</summary>
    public async Task<AgentPage> OpenAsync(BusinessPage page)
    {
        var tab = await (_browser ?? throw new InvalidOperationException("not started")).OpenAsync(Pages, page.Html());
        return new AgentPage(tab.Context, tab);
    }

    /// <summary>A fresh tenant with the given agents, and its backend's client.</summary>
    internal async Task<TenantBackend> TenantWithAgentsAsync(params Client.SeatUserInfo[] agents)
    {
        var backend = await TenantBackend.ConnectAsync(Server);
        await backend.CreateAgentsAsync(agents);
        return backend;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        if (_pages is not null) await _pages.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
    }
}
