using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans;
using Orleans.Core.Internal;
using Orleans.Runtime;
using Switchboard.Client;
using Switchboard.IntegrationTests.ClientScenarios;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Presence;

namespace Switchboard.IntegrationTests.Presence;

/// <summary>
/// A real server on a fake clock with one tenant: the backend calls the API through <see cref="CccClient"/> (its
/// timestamps from the same clock), and workstations are played through the host's <see cref="IPresenceDirectory"/>,
/// the door the SDK hub uses.
/// </summary>
internal sealed class PresenceScenario : IAsyncDisposable
{
    /// <summary>A Tuesday morning, far enough from midnight for the day's durations to add up within the day.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private PresenceScenario(SwitchboardHost host, FakeTimeProvider clock, TenantBackend backend, RecordingNotifier notifier)
    {
        Host = host;
        Clock = clock;
        Backend = backend;
        Notifier = notifier;
    }

    public SwitchboardHost Host { get; }
    public FakeTimeProvider Clock { get; }
    public TenantBackend Backend { get; }
    public RecordingNotifier Notifier { get; }
    public CccClient Client => Backend.Client;
    public long App => Backend.App;
    public IPresenceDirectory Directory => Host.Services.GetRequiredService<IPresenceDirectory>();
    public ISessionPresence Sessions => Host.Services.GetRequiredService<ISessionPresence>();
    public static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Starts the server at <paramref name="start"/> (default <see cref="Morning"/>) and creates the agents named by mail.</summary>
    public static async Task<PresenceScenario> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, DateTimeOffset? start = null, params string[] agents)
    {
        var clock = new FakeTimeProvider(start ?? Morning);
        var notifier = new RecordingNotifier();
        var host = await SwitchboardHost.StartAsync(settings, clock, services => services.AddSingleton<IAgentNotifier>(notifier));
        var backend = await TenantBackend.ConnectAsync(host, o => o.TimeProvider = clock);
        if (agents.Length > 0) await backend.CreateAgentsAsync([.. agents.Select(m => TenantBackend.Agent(m))]);
        return new PresenceScenario(host, clock, backend, notifier);
    }

    /// <summary>Starts the server with extra service registrations (recorders standing where hubs stand).</summary>
    public static async Task<PresenceScenario> StartWithServicesAsync(IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection> services)
    {
        var clock = new FakeTimeProvider(Morning);
        var notifier = new RecordingNotifier();
        var host = await SwitchboardHost.StartAsync(settings, clock, s =>
        {
            s.AddSingleton<IAgentNotifier>(notifier);
            services(s);
        });
        var backend = await TenantBackend.ConnectAsync(host, o => o.TimeProvider = clock);
        return new PresenceScenario(host, clock, backend, notifier);
    }

    public AgentKey Agent(string mail) => new(App, mail.ToLowerInvariant());

    public Task<PresenceView> ViewAsync(string mail) => Directory.GetAsync(Agent(mail));

    /// <summary>Opens a workstation tab for the agent, which must be accepted.</summary>
    public async Task<PresenceView> ConnectAsync(string mail, string connectionId)
    {
        var outcome = await Directory.ConnectAsync(Agent(mail), connectionId);
        Assert.True(outcome.Accepted, outcome.Refusal);
        return outcome.View;
    }

    /// <summary>Asks for a state as the agent's workstation would; the request must be accepted.</summary>
    public async Task<PresenceView> SetAsync(string mail, string target, string? reason = null)
    {
        var outcome = await Directory.RequestAsync(Agent(mail), new PresenceRequest(target, reason, PresenceSource.Workstation));
        Assert.True(outcome.Accepted, outcome.Refusal);
        return outcome.View;
    }

    /// <summary>Moves the clock and waits until the agent's grain has handled any timer that fired.</summary>
    public async Task AdvanceAsync(TimeSpan by, string mail, AgentStatus expected)
    {
        Clock.Advance(by);
        await EventuallyAsync(async () => (await ViewAsync(mail)).Status == expected, $"{mail} to be {expected}");
    }

    /// <summary>
    /// Drops the agent's grain from memory, connections and timers included, as a server restart does; the next
    /// call rebuilds it from the store.
    /// </summary>
    public async Task ReloadGrainAsync(string mail)
    {
        var grain = Host.Services.GetRequiredService<IGrainFactory>().GetGrain(GrainId.Create("agentpresence", Agent(mail).ToString()));
        await grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        // Deactivation finishes after the call returns; a statistics round trip gives it time to.
        await PresenceScenario.EventuallyAsync(async () =>
            !(await Host.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics(Cancellation))
                .Any(s => s.GrainType.Contains("AgentPresenceGrain", StringComparison.Ordinal) && s.ActivationCount > 0),
            "the grain to be deactivated");
    }

    public async Task<StaffStatusMetrics> MetricsAsync(string mail) =>
        Assert.Single((await Client.DescribeStaffStatusMetricsAsync(new() { SdkAppId = App, StaffList = [mail] }, Cancellation)).Metrics);

    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        // Timers fire on the clock's thread and queue a call to the grain; give that call time to land.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await condition()) return;
            await Task.Delay(20, Cancellation);
        }
        Assert.Fail($"Waited 4 seconds for {what}.");
    }

    public async ValueTask DisposeAsync()
    {
        Backend.Dispose();
        await Host.DisposeAsync();
    }
}
