using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Switchboard.AgentHubLoad;

/// <summary>
/// One agent with several workstation tabs open. A probe flips the agent's status from one tab and completes when
/// every tab (the sender's included) has received the matching <c>statusChanged</c>.
/// </summary>
internal sealed class SimulatedAgent(string mail)
{
    private readonly List<HubConnection> _tabs = [];
    private Probe? _probe;
    private string _status = "free";

    public string Mail { get; } = mail;

    public IReadOnlyList<HubConnection> Tabs => _tabs;

    public async Task OpenTabAsync(Uri hub, string session, CancellationToken cancellationToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, options =>
            {
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
                options.AccessTokenProvider = () => Task.FromResult<string?>(session);
                options.WebSocketConfiguration = socket => socket.Proxy = null;
            })
            .Build();
        var tab = _tabs.Count;
        connection.On<WireAgentState>("statusChanged", state => _probe?.Arrived(tab, state.Status));
        await connection.StartAsync(cancellationToken);
        _tabs.Add(connection);
    }

    /// <summary>Milliseconds from SetStatus leaving tab 0 until the last tab heard of the change.</summary>
    public async Task<double> FlipAsync(CancellationToken cancellationToken)
    {
        var target = _status == "free" ? "notReady" : "free";
        var probe = new Probe(target, _tabs.Count);
        _probe = probe;
        var result = await _tabs[0].InvokeAsync<WireHubResult>("SetStatus", new { status = target }, cancellationToken);
        if (!result.Ok) throw new InvalidOperationException($"SetStatus {target} for {Mail} refused: {result.ErrorMsg}");
        var elapsed = await probe.Done.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        _probe = null;
        _status = target;
        return elapsed;
    }

    /// <summary>Milliseconds of one GetState round trip on tab <paramref name="tab"/>.</summary>
    public async Task<double> RoundTripAsync(int tab, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await _tabs[tab].InvokeAsync<WireAgentState>("GetState", cancellationToken);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    public async Task CloseAsync()
    {
        foreach (var tab in _tabs) await tab.DisposeAsync();
    }

    private sealed class Probe(string target, int tabs)
    {
        private readonly long _start = Stopwatch.GetTimestamp();
        private readonly int[] _arrived = new int[tabs];
        private readonly TaskCompletionSource<double> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _remaining = tabs;

        public Task<double> Done => _done.Task;

        public void Arrived(int tab, string status)
        {
            if (status != target || Interlocked.Exchange(ref _arrived[tab], 1) == 1) return;
            if (Interlocked.Decrement(ref _remaining) == 0) _done.TrySetResult(Stopwatch.GetElapsedTime(_start).TotalMilliseconds);
        }
    }
}
