using System.Globalization;
using Orleans;

namespace Switchboard.Presence;

/// <summary>
/// One agent's presence. Orleans runs one activation per agent in the cluster and one call at a time, so every
/// decision here sees the state the previous one left: tabs, the API and the system cannot race each other.
/// Each change is written to the status history before it is answered or announced.
/// </summary>
internal sealed class AgentPresenceGrain(
    PresenceStateMachine machine,
    PresenceOptions options,
    PresenceStore store,
    RestReasonCatalog restReasons,
    TimeProvider time,
    IEnumerable<IPresenceListener> listeners,
    ILogger<AgentPresenceGrain> logger) : Grain, IAgentPresenceGrain
{
    private readonly Dictionary<INodePresenceObserver, HashSet<string>> _connections = [];
    private readonly ITimer?[] _timers = new ITimer?[2];
    private readonly int[] _timerGenerations = new int[2];
    private AgentKey _agent;
    private IAgentPresenceGrain _self = null!;
    private AgentPresenceState _state = AgentPresenceState.Offline;
    private DateTimeOffset _since;

    private int ConnectionCount => _connections.Values.Sum(c => c.Count);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _agent = ParseKey(this.GetPrimaryKeyString());
        _self = this.AsReference<IAgentPresenceGrain>();
        var (last, forced) = await store.LoadAsync(_agent, cancellationToken);
        _since = last is null ? time.GetUtcNow() : DateTimeOffset.FromUnixTimeMilliseconds(last.TimestampMs);
        _state = new AgentPresenceState(last?.Status ?? AgentStatus.Offline, last?.Reason, forced);
        if (_state.Status == AgentStatus.Busy) _state = _state with { SessionId = last?.SessionId };
        // Woken with a state but no connections (a restart, or a move to another node): treat it as a drop, so
        // workstations that reconnect in time keep the state and the others go offline.
        if (_state.Status != AgentStatus.Offline) StartTimer(PresenceTimer.DisconnectGrace, options.DisconnectGrace);
        // After-call work that followed a session (the system entered it) runs out as if nothing had happened.
        if (_state.Status == AgentStatus.Arrange && last?.Source == PresenceSource.System)
            StartTimer(PresenceTimer.AfterCallWork, options.AfterCallWork - (time.GetUtcNow() - _since));
        KeepAliveWhileInUse();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        foreach (var timer in _timers) timer?.Dispose();
        return Task.CompletedTask;
    }

    public Task<PresenceView> GetAsync() => Task.FromResult(View());

    public async Task<PresenceOutcome> RequestAsync(PresenceRequest request)
    {
        var reasons = request.Target == "rest"
            ? await restReasons.ForApplicationAsync(_agent.SdkAppId, CancellationToken.None)
            : [];
        return await ApplyAsync(machine.Request(_state, request, reasons), request.Source);
    }

    public async Task<PresenceChange> ChangeAsync(PresenceRequest request)
    {
        var before = View();
        return new PresenceChange(before, await RequestAsync(request));
    }

    public async Task<PresenceOutcome> ConnectAsync(string connectionId, INodePresenceObserver node)
    {
        var first = ConnectionCount == 0;
        var decision = first ? machine.Connect(_state) : PresenceDecision.To(_state);
        if (!decision.Accepted) return Outcome(decision);
        if (!_connections.TryGetValue(node, out var onNode)) _connections[node] = onNode = new HashSet<string>(StringComparer.Ordinal);
        onNode.Add(connectionId);
        StopTimer(PresenceTimer.DisconnectGrace);
        var unchanged = decision.State == _state;
        PresenceOutcome outcome;
        try
        {
            outcome = await ApplyAsync(decision, PresenceSource.Workstation);
        }
        catch
        {
            // The change could not be recorded: the connection must not stay registered with a state it never got.
            onNode.Remove(connectionId);
            if (onNode.Count == 0) _connections.Remove(node);
            throw;
        }
        if (unchanged)
        {
            // The connection count is part of what every tab shows, so a new tab is news even without a state change.
            KeepAliveWhileInUse();
            Announce();
        }
        return outcome;
    }

    public Task DisconnectAsync(string connectionId, INodePresenceObserver node)
    {
        if (!_connections.TryGetValue(node, out var onNode) || !onNode.Remove(connectionId)) return Task.CompletedTask;
        if (onNode.Count == 0) _connections.Remove(node);
        if (ConnectionCount == 0 && _state.Status != AgentStatus.Offline)
            StartTimer(PresenceTimer.DisconnectGrace, options.DisconnectGrace);
        KeepAliveWhileInUse();
        Announce();
        return Task.CompletedTask;
    }

    public async Task ForceOfflineAsync(string message)
    {
        var nodes = _connections.Keys.ToList();
        _connections.Clear();
        StopTimer(PresenceTimer.DisconnectGrace);
        await ApplyAsync(machine.ForceOffline(_state), PresenceSource.CloudApi);
        foreach (var node in nodes) node.ForcedOfflineAsync(_agent, message).Ignore();
    }

    public async Task RestoreAsync() => await ApplyAsync(machine.Restore(_state), PresenceSource.CloudApi);

    public async Task<PresenceOutcome> BeginSessionAsync(string sessionId) =>
        await ApplyAsync(machine.BeginSession(_state, sessionId), PresenceSource.System);

    public Task<PresenceOutcome> EndSessionAsync(string sessionId) => EndSessionAsync(sessionId, options.AfterCallWork);

    public async Task<PresenceOutcome> EndSessionAsync(string sessionId, TimeSpan afterCallWork)
    {
        var outcome = await ApplyAsync(machine.EndSession(_state, sessionId, afterCallWork > TimeSpan.Zero), PresenceSource.System);
        if (outcome.Accepted && _state.Status == AgentStatus.Arrange) StartTimer(PresenceTimer.AfterCallWork, afterCallWork);
        return outcome;
    }

    public async Task ElapseAsync(PresenceTimer timer, int generation)
    {
        if (_timerGenerations[(int)timer] != generation || _timers[(int)timer] is null) return;
        StopTimer(timer);
        switch (timer)
        {
            case PresenceTimer.DisconnectGrace when ConnectionCount == 0:
                await ApplyAsync(machine.GraceElapsed(_state), PresenceSource.System);
                break;
            case PresenceTimer.AfterCallWork:
                await ApplyAsync(machine.AfterCallWorkElapsed(_state), PresenceSource.System);
                break;
        }
    }

    private async Task<PresenceOutcome> ApplyAsync(PresenceDecision decision, PresenceSource source)
    {
        if (!decision.Accepted) return Outcome(decision);
        var before = _state;
        var after = decision.State;
        if (after == before) return Outcome(decision);

        var now = time.GetUtcNow();
        var change = after.DiffersInStatusFrom(before)
            ? new AgentStatusChange
            {
                SdkAppId = _agent.SdkAppId,
                AgentMailKey = _agent.MailKey,
                TimestampMs = now.ToUnixTimeMilliseconds(),
                Status = after.Status,
                Reason = after.Reason,
                PreviousStatus = before.Status,
                Source = source,
                SessionId = after.Status == AgentStatus.Busy ? after.SessionId : null,
            }
            : null;
        bool? forcedChange = after.ForcedOffline == before.ForcedOffline ? null : after.ForcedOffline;
        if (change is not null || forcedChange is not null)
            await store.RecordAsync(change, _agent, forcedChange, now.ToUnixTimeSeconds(), CancellationToken.None);

        _state = after;
        if (change is not null) _since = now;
        if (after.Status != AgentStatus.Arrange) StopTimer(PresenceTimer.AfterCallWork);
        if (after.Status == AgentStatus.Offline) StopTimer(PresenceTimer.DisconnectGrace);
        KeepAliveWhileInUse();
        // Listeners (routing) care about the status only, not about tabs opening and closing.
        if (after.Status != before.Status)
        {
            // Orleans runs a turn's synchronous part under the grain's lock and hands a call to a grain of this silo
            // over synchronously, under that grain's lock; SQLite answers the write above synchronously, so no await
            // has let go of ours yet. A desk calling this grain at this moment (waking up, assigning a chat) would
            // then wait for our lock while we wait for its: a deadlock seen under load. Yield first.
            await Task.Yield();
            var changed = View();
            foreach (var listener in listeners) listener.StatusChanged(_agent, changed);
        }
        Announce();
        return Outcome(decision);
    }

    private void Announce()
    {
        if (_connections.Count == 0) return;
        var view = View();
        foreach (var node in _connections.Keys) node.StatusChangedAsync(_agent, view).Ignore();
    }

    // Timers run on the server's TimeProvider (a fake clock in tests moves them) and call back through the grain's
    // own reference, so the expiry is queued like any other call and never runs alongside one.
    private void StartTimer(PresenceTimer timer, TimeSpan due)
    {
        StopTimer(timer);
        var generation = ++_timerGenerations[(int)timer];
        var self = _self;
        var log = logger;
        _timers[(int)timer] = time.CreateTimer(_ => self.ElapseAsync(timer, generation).ContinueWith(
                t => log.LogWarning(t.Exception, "Presence timer {Timer} of an agent failed", timer),
                TaskContinuationOptions.OnlyOnFaulted),
            null, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private void StopTimer(PresenceTimer timer)
    {
        _timers[(int)timer]?.Dispose();
        _timers[(int)timer] = null;
    }

    // An agent with open tabs or a live state must keep this activation: its connections and timers live only here.
    private void KeepAliveWhileInUse() =>
        DelayDeactivation(ConnectionCount > 0 || _state.Status != AgentStatus.Offline ? Timeout.InfiniteTimeSpan : TimeSpan.Zero);

    private PresenceView View() =>
        new(_state.Status, _state.Reason, _since, _state.ForcedOffline, ConnectionCount, _state.Reserved, _state.ReservedReason);

    private static PresenceOutcome Outcome(PresenceDecision decision, PresenceView view) => new(decision.Accepted, view, decision.Refusal);

    private PresenceOutcome Outcome(PresenceDecision decision) => Outcome(decision, View());

    internal static AgentKey ParseKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return new AgentKey(long.Parse(key.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture), key[(slash + 1)..]);
    }
}
