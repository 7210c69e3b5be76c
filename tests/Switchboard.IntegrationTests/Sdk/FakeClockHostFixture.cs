using Microsoft.Extensions.Time.Testing;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>One server per test class on a fake clock that starts now, so a test can let minutes pass at once.</summary>
public sealed class FakeClockHostFixture : IAsyncLifetime
{
    private SwitchboardHost? _host;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public SwitchboardHost Host => _host ?? throw new InvalidOperationException("The server has not started.");

    public async ValueTask InitializeAsync() => _host = await SwitchboardHost.StartAsync(clock: Clock);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
