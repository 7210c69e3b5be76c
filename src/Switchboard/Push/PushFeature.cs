using Switchboard.Chat;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Push.Actions;

namespace Switchboard.Push;

/// <summary>The chat session webhook: the durable outbox, its dispatcher, and the subscription actions.</summary>
public static class PushFeature
{
    /// <summary>
    /// Registers the outbox as an <see cref="IChatEventPublisher"/> the desk calls, the dispatcher that sends it on
    /// this node, the retention that deletes old finished rows, and the <c>Push</c> settings (docs/push.md).
    /// </summary>
    public static IServiceCollection AddPush(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(PushOptions.From(configuration));
        services.AddSingleton<PushWakeup>();
        services.AddSingleton<PushSecrets>();
        services.AddSingleton<PushSender>();
        services.AddScoped<PushSubscriptionStore>();
        services.AddSingleton<IChatEventPublisher, PushOutbox>();
        services.AddHostedService<PushDispatcher>();
        services.AddSingleton<PushRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<PushRetention>());
        services.AddHttpClient(PushSender.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A 3xx fails the attempt: deliveries go where the business pointed them, nowhere else.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectTimeout = TimeSpan.FromSeconds(10),
            });
        return services;
    }

    /// <summary>Adds the Switchboard-only ModifyPushSubscription and DescribePushDeliveries.</summary>
    public static CloudApiActionTable MapPushActions(this CloudApiActionTable table) => table
        .Map<ModifyPushSubscriptionRequest, ModifyPushSubscriptionResponse>("ModifyPushSubscription", ModifyPushSubscriptionAction.HandleAsync)
        .Map<DescribePushDeliveriesRequest, DescribePushDeliveriesResponse>("DescribePushDeliveries", DescribePushDeliveriesAction.HandleAsync);
}
