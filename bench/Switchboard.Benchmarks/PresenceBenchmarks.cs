using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Hosting;
using Switchboard.Presence;
using Switchboard.Tenancy;

namespace Switchboard.Benchmarks;

/// <summary>
/// One state change of a connected agent, decided by the bare <see cref="PresenceStateMachine"/> (baseline) and
/// applied through the real server's <see cref="IPresenceDirectory"/>: a call to the agent's grain in the
/// server's own Orleans silo, which decides, writes the status history row to SQLite and answers. A read of the
/// state through the grain shows what the call alone costs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class PresenceBenchmarks
{
    private static readonly string[] NoReasons = [];
    private static readonly PresenceRequest ToNotReady = new("notReady", null, PresenceSource.Workstation);
    private static readonly PresenceRequest ToFree = new("free", null, PresenceSource.Workstation);

    private readonly PresenceStateMachine _machine = new(AgentStatus.Free, afterCallWork: true);
    private AgentPresenceState _state = new(AgentStatus.Free);
    private string _directory = "";
    private WebApplication _server = null!;
    private IPresenceDirectory _presence = null!;
    private AgentKey _agent;
    private bool _notReady;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("switchboard-bench-presence-").FullName;
        _server = SwitchboardServer.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Storage:DataDirectory"] = _directory,
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        _server.StartAsync().GetAwaiter().GetResult();
        // The first start created an application; history rows belong to it.
        var application = _server.Services.GetRequiredService<ApplicationDirectory>().ListAsync(null, CancellationToken.None).GetAwaiter().GetResult()[0];
        _agent = new AgentKey(application.SdkAppId, "bench@example.com");
        _presence = _server.Services.GetRequiredService<IPresenceDirectory>();
        var connected = _presence.ConnectAsync(_agent, "bench-tab").GetAwaiter().GetResult();
        if (!connected.Accepted || connected.View.Status != AgentStatus.Free) throw new InvalidOperationException("The agent did not come online free.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.StopAsync().GetAwaiter().GetResult();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public AgentPresenceState StateMachine()
    {
        _notReady = !_notReady;
        var decision = _machine.Request(_state, _notReady ? ToNotReady : ToFree, NoReasons);
        _state = decision.State;
        return _state;
    }

    [Benchmark]
    public async Task<PresenceOutcome> GrainTransition()
    {
        _notReady = !_notReady;
        var outcome = await _presence.RequestAsync(_agent, _notReady ? ToNotReady : ToFree);
        return outcome.Accepted ? outcome : throw new InvalidOperationException(outcome.Refusal);
    }

    [Benchmark]
    public Task<PresenceView> GrainRead() => _presence.GetAsync(_agent);
}
