namespace Switchboard.IntegrationTests.Media;

/// <summary>A server with the diagnostic media endpoints on and its own stretch of RTP ports, shared by a test class.</summary>
public sealed class RtpRelayServer : IAsyncLifetime
{
    private SwitchboardHost? _host;

    public SwitchboardHost Host => _host ?? throw new InvalidOperationException("The server has not started.");

    public async ValueTask InitializeAsync()
    {
        // A random stretch of ports, so servers of parallel test runs on this machine rarely collide (a port that is
        // taken is skipped anyway).
        var first = 42000 + 200 * Random.Shared.Next(0, 50);
        _host = await SwitchboardHost.StartAsync(new Dictionary<string, string?>
        {
            ["Media:DiagnosticEndpoints"] = "true",
            ["Media:RtpPortMin"] = first.ToString(),
            ["Media:RtpPortMax"] = (first + 199).ToString(),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
