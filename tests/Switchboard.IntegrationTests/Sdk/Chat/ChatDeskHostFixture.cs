using Microsoft.Extensions.DependencyInjection;
using Switchboard.Chat;

namespace Switchboard.IntegrationTests.Sdk.Chat;

/// <summary>A server whose chat desk is a <see cref="RecordingChatDesk"/>, shared by the tests of a class.</summary>
public sealed class ChatDeskHostFixture : IAsyncLifetime
{
    private SwitchboardHost? _host;

    internal RecordingChatDesk Desk { get; } = new();

    public SwitchboardHost Host => _host ?? throw new InvalidOperationException("The server has not started.");

    public async ValueTask InitializeAsync() =>
        _host = await SwitchboardHost.StartAsync(services: services => services.AddSingleton<IChatDesk>(Desk));

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
