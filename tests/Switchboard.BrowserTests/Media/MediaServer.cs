using Switchboard.BrowserTests.Infrastructure;

namespace Switchboard.BrowserTests.Media;

/// <summary>
/// A Switchboard server with the diagnostic media endpoints on (echo, rooms) and a short consent timeout, plus the
/// page host the call pages come from. Shared by the media tests of one class.
/// </summary>
public sealed class MediaServer : IAsyncLifetime
{
    /// <summary>The consent timeout the server runs with, so a closed page's leg ends quickly.</summary>
    public static readonly TimeSpan ConsentTimeout = TimeSpan.FromSeconds(5);

    private SwitchboardHost? _server;
    private PageHost? _pages;

    /// <summary>The server.</summary>
    public SwitchboardHost Server => _server ?? throw new InvalidOperationException("not started");

    /// <summary>Where call pages are served from (another origin than the server).</summary>
    public PageHost Pages => _pages ?? throw new InvalidOperationException("not started");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _server = await SwitchboardHost.StartAsync(new Dictionary<string, string?>
        {
            ["Media:DiagnosticEndpoints"] = "true",
            ["Media:ConsentTimeoutSeconds"] = ((int)ConsentTimeout.TotalSeconds).ToString(),
            ["Media:EchoDelayMilliseconds"] = "100",
        });
        _pages = await PageHost.StartAsync();
    }

    /// <summary>An absolute address on the server, e.g. <c>media/echo</c>.</summary>
    public string Url(string path) => new Uri(Server.BaseAddress, path).ToString();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_pages is not null) await _pages.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
    }
}
