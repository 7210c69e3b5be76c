using Switchboard.Chat.Satisfaction;
using Switchboard.Presence;
using Switchboard.Routing;

namespace Switchboard.Chat;

/// <summary>Online chat's desk: the per-application routing grains, the message store and the door the hubs use.</summary>
public static class ChatFeature
{
    /// <summary>
    /// Registers the desk. The visitor hub, the agent hub and the push outbox register their own
    /// <see cref="IChatVisitorNotifier"/>, <see cref="IChatAgentNotifier"/> and <see cref="IChatEventPublisher"/>.
    /// </summary>
    public static IServiceCollection AddChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(RoutingDefaults.From(configuration));
        services.AddSingleton<ChatStore>();
        services.AddSingleton<IChatDesk, GrainChatDesk>();
        services.AddSingleton(SatisfactionScale.From(configuration));
        // Built here: its constructor takes the internal store, so it is not public for the container to find.
        services.AddSingleton(provider => new ChatSatisfaction(provider.GetRequiredService<IChatDesk>(), provider.GetRequiredService<ChatStore>(),
            provider.GetServices<IChatEventPublisher>(), provider.GetRequiredService<SatisfactionScale>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IPresenceListener, ChatPresenceListener>();
        services.AddHostedService<ChatStaffWatcher>();
        return services;
    }
}
