using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Switchboard.IntegrationTests.Chat.Visitors;

/// <summary>
/// One visitor tab's connection to <c>/chat/visitor/hub</c>, opened as the widget opens it (WebSockets only, the
/// visitor token as <c>access_token</c>); keeps every event the server pushes.
/// </summary>
internal sealed class VisitorTab : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly Channel<(string Event, JsonElement Payload)> _events = Channel.CreateUnbounded<(string, JsonElement)>();

    private VisitorTab(HubConnection connection)
    {
        Connection = connection;
        foreach (var name in new[] { "session", "message", "typing" })
            connection.On<JsonElement>(name, payload => _events.Writer.TryWrite((name, payload)));
    }

    public HubConnection Connection { get; }

    public static HubConnection Build(SwitchboardHost host, string token) => new HubConnectionBuilder()
        .WithUrl(new Uri(host.BaseAddress, "chat/visitor/hub"), options =>
        {
            options.SkipNegotiation = true;
            options.Transports = HttpTransportType.WebSockets;
            options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            options.WebSocketConfiguration = socket => socket.Proxy = null;
        })
        .Build();

    public static async Task<VisitorTab> OpenAsync(SwitchboardHost host, string token)
    {
        var tab = new VisitorTab(Build(host, token));
        await tab.Connection.StartAsync(TestContext.Current.CancellationToken);
        return tab;
    }

    /// <summary>Invokes a hub method with one argument (any JSON) and answers the raw answer.</summary>
    public Task<JsonElement> InvokeAsync(string method, object? argument) =>
        Connection.InvokeAsync<JsonElement>(method, argument, TestContext.Current.CancellationToken);

    public Task<JsonElement> InvokeAsync(string method) =>
        Connection.InvokeAsync<JsonElement>(method, TestContext.Current.CancellationToken);

    /// <summary>The next event named <paramref name="name"/> that satisfies <paramref name="match"/>, skipping others.</summary>
    public async Task<JsonElement> NextAsync(string name, Func<JsonElement, bool>? match = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        while (true)
        {
            var (eventName, payload) = await _events.Reader.ReadAsync(timeout.Token);
            if (eventName == name && (match is null || match(payload))) return payload;
        }
    }

    /// <summary>An HTTP client that presents <paramref name="credential"/> as a bearer token.</summary>
    public static HttpClient Bearer(SwitchboardHost host, string credential)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        return client;
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
