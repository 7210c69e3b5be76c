namespace Switchboard.IntegrationTests.Infrastructure;

/// <summary>One server shared by the tests of a class (each test makes its own tenant, so they do not interfere).</summary>
public sealed class SwitchboardHostFixture : IAsyncLifetime
{
    private SwitchboardHost? _host;

    public SwitchboardHost Host => _host ?? throw new InvalidOperationException("The server has not started.");

    public async ValueTask InitializeAsync() => _host = await SwitchboardHost.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
