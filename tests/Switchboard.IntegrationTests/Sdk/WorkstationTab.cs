using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>
/// One browser tab's live connection, opened as the SDK script opens it: SignalR JSON over WebSockets only, the
/// session credential as <c>access_token</c>. Keeps every message the server pushes.
/// </summary>
internal sealed class WorkstationTab : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly Channel<WireAgentState> _changes = Channel.CreateUnbounded<WireAgentState>();
    private readonly TaskCompletionSource<string> _forcedOffline = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkstationTab(HubConnection connection)
    {
        Connection = connection;
        connection.On<WireAgentState>("statusChanged", state => _changes.Writer.TryWrite(state));
        connection.On<ForcedOfflineMessage>("forcedOffline", notice => _forcedOffline.TrySetResult(notice.Message));
        connection.Closed += _ =>
        {
            _closed.TrySetResult();
            return Task.CompletedTask;
        };
    }

    public HubConnection Connection { get; }

    /// <summary>The message of <c>forcedOffline</c>, once it arrives.</summary>
    public Task<string> ForcedOffline => _forcedOffline.Task;

    /// <summary>Completes when the server closed the connection.</summary>
    public Task Closed => _closed.Task;

    /// <summary>A connection not started yet, for tests that expect the start to fail.</summary>
    public static WorkstationTab Create(SwitchboardHost host, string? session) => new(new HubConnectionBuilder()
        .WithUrl(new Uri(host.BaseAddress, "sdk/hub"), options =>
        {
            options.SkipNegotiation = true;
            options.Transports = HttpTransportType.WebSockets;
            if (session is not null) options.AccessTokenProvider = () => Task.FromResult<string?>(session);
            options.WebSocketConfiguration = socket => socket.Proxy = null;
        })
        .Build());

    public static async Task<WorkstationTab> OpenAsync(SwitchboardHost host, string session)
    {
        var tab = Create(host, session);
        await tab.Connection.StartAsync(TestContext.Current.CancellationToken);
        return tab;
    }

    public Task<WireAgentState> GetStateAsync() =>
        Connection.InvokeAsync<WireAgentState>("GetState", TestContext.Current.CancellationToken);

    public Task<WireHubResult> SetStatusAsync(object? request) =>
        Connection.InvokeAsync<WireHubResult>("SetStatus", request, TestContext.Current.CancellationToken);

    public Task<WireHubResult> InvokeAsync(string method) =>
        Connection.InvokeAsync<WireHubResult>(method, TestContext.Current.CancellationToken);

    /// <summary>The next <c>statusChanged</c> whose status is <paramref name="status"/>, skipping others.</summary>
    public async Task<WireAgentState> NextChangeToAsync(string status)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        while (true)
        {
            var change = await _changes.Reader.ReadAsync(timeout.Token);
            if (change.Status == status) return change;
        }
    }

    /// <summary>Every <c>statusChanged</c> received so far, oldest first, after a quiet period.</summary>
    public async Task<IReadOnlyList<WireAgentState>> ChangesSoFarAsync(TimeSpan quiet)
    {
        var changes = new List<WireAgentState>();
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            wait.CancelAfter(quiet);
            try
            {
                changes.Add(await _changes.Reader.ReadAsync(wait.Token));
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                return changes;
            }
        }
    }

    /// <summary>Waits for the server to close the connection.</summary>
    public async Task WaitClosedAsync() => await Closed.WaitAsync(Patience, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    internal sealed record ForcedOfflineMessage(string Message);
}
