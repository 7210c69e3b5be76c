using Microsoft.Extensions.DependencyInjection;
using Switchboard.Chat;
using Switchboard.Client;
using Switchboard.Push;

namespace Switchboard.IntegrationTests.Push;

/// <summary>A server with short push delays, a tenant's backend, and helpers to publish events and read deliveries.</summary>
internal sealed class PushScenario : IAsyncDisposable
{
    public const string Secret = "a-receiver-secret-0123456789";

    private PushScenario(SwitchboardHost host, TestTenant tenant)
    {
        Host = host;
        Tenant = tenant;
        Client = ClientFor(host, tenant);
    }

    public SwitchboardHost Host { get; private set; }

    public TestTenant Tenant { get; }

    /// <summary>The tenant's backend client, pointed at the current server.</summary>
    public CccClient Client { get; private set; }

    public long App => Tenant.SdkAppId;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>
    /// Push settings for tests: short delays so retries happen within a test. The attempt timeout stays long enough
    /// that a loaded machine does not time out an answer the receiver gave, except where a test wants timeouts.
    /// </summary>
    public static Dictionary<string, string?> Settings(int maxAttempts = 3, double timeoutSeconds = 5) => new()
    {
        ["Push:MaxAttempts"] = maxAttempts.ToString(),
        ["Push:FirstDelaySeconds"] = "0.2",
        ["Push:MaxDelaySeconds"] = "1",
        ["Push:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Push:PollSeconds"] = "0.2",
    };

    public static async Task<PushScenario> StartAsync(int maxAttempts = 3, TestStore? store = null, double timeoutSeconds = 5)
    {
        var host = await SwitchboardHost.StartAsync(Settings(maxAttempts, timeoutSeconds), store: store);
        return new PushScenario(host, await host.CreateTenantAsync());
    }

    public Task SubscribeAsync(string url, string secret = Secret) =>
        Client.ModifyPushSubscriptionAsync(new() { SdkAppId = App, Url = url, Secret = secret }, Cancellation);

    /// <summary>Publishes through this server's outbox, as the desk does.</summary>
    public Task PublishAsync(ChatSessionEvent sessionEvent) => PublishAsync(Host, sessionEvent);

    public static Task PublishAsync(SwitchboardHost host, ChatSessionEvent sessionEvent) =>
        host.Services.GetServices<IChatEventPublisher>().OfType<PushOutbox>().Single().PublishAsync(sessionEvent, Cancellation);

    public ChatSessionEvent Ended(string sessionId) => new(ChatSessionEvents.Ended, App, sessionId, 1_795_168_800_123, "v-1", 12,
        AgentMail: "ann@example.com", EndStatus: 1, CloseBy: ChatCloser.Client);

    /// <summary>The deliveries as DescribePushDeliveries answers them.</summary>
    public async Task<DescribePushDeliveriesResponse> DeliveriesAsync(string? state = null) =>
        await Client.DescribePushDeliveriesAsync(new() { SdkAppId = App, State = state }, Cancellation);

    /// <summary>Waits until no delivery of the application is pending any more.</summary>
    public async Task<DescribePushDeliveriesResponse> SettledAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var deliveries = await DeliveriesAsync();
            if (deliveries.Deliveries.All(d => d.State != "Pending")) return deliveries;
            if (DateTime.UtcNow > deadline) Assert.Fail("Deliveries were still pending: " + string.Join(", ", deliveries.Deliveries.Select(d => $"{d.State}/{d.Attempts}/{d.LastError}")));
            await Task.Delay(50, Cancellation);
        }
    }

    /// <summary>Stops this server and starts another on the same store (the caller keeps the store).</summary>
    public async Task RestartAsync(TestStore store, int maxAttempts = 3, double timeoutSeconds = 5)
    {
        Client.Dispose();
        await Host.DisposeAsync();
        Host = await SwitchboardHost.StartAsync(Settings(maxAttempts, timeoutSeconds), store: store);
        Client = ClientFor(Host, Tenant);
    }

    private static CccClient ClientFor(SwitchboardHost host, TestTenant tenant) =>
        TenantBackend.CreateClient(host, new CccCredential(tenant.SecretId, tenant.SecretKey));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
