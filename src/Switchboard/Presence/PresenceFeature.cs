using Microsoft.Extensions.DependencyInjection.Extensions;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Presence.Actions;
using Switchboard.Staff;

namespace Switchboard.Presence;

/// <summary>Live presence: the Orleans silo hosting agents' grains, the directory over them, and the presence actions.</summary>
public static class PresenceFeature
{
    /// <summary>
    /// Registers this node's silo (localhost clustering; see docs/presence.md for ports and cluster ids) and the
    /// presence services. Replaces Staff's "nobody is online" placeholder with the grains' answer.
    /// </summary>
    public static IServiceCollection AddPresence(this IServiceCollection services, IConfiguration configuration)
    {
        var options = PresenceOptions.From(configuration);
        var endpoints = SiloEndpoints.From(configuration);
        services.AddOrleans(silo => silo.UseLocalhostClustering(endpoints.SiloPort, endpoints.GatewayPort, null, endpoints.ServiceId, endpoints.ClusterId));
        services.AddSingleton(options);
        services.AddSingleton(new PresenceStateMachine(options));
        services.AddSingleton<PresenceStore>();
        services.AddSingleton<RestReasonCatalog>();
        services.AddSingleton<NodePresenceObserver>();
        services.AddSingleton<GrainPresenceDirectory>();
        services.AddSingleton<IPresenceDirectory>(provider => provider.GetRequiredService<GrainPresenceDirectory>());
        services.AddSingleton<ISessionPresence>(provider => provider.GetRequiredService<GrainPresenceDirectory>());
        // Staff's placeholder steps aside; a replacement a test registered on purpose stays.
        foreach (var placeholder in services.Where(d => d.ServiceType == typeof(IAgentPresence) && d.ImplementationType == typeof(NoLivePresence)).ToList())
            services.Remove(placeholder);
        services.TryAddSingleton<IAgentPresence, LivePresence>();
        return services;
    }

    /// <summary>Adds SetStaffStatus, ForceMemberOffline, RestoreMemberOnline and the status metrics and history.</summary>
    public static CloudApiActionTable MapPresenceActions(this CloudApiActionTable table) => table
        .Map<SetStaffStatusRequest, SetStaffStatusResponse>("SetStaffStatus", SetStaffStatusAction.HandleAsync)
        .Map<ForceMemberOfflineRequest, ForceMemberOfflineResponse>("ForceMemberOffline", MemberLockActions.ForceOfflineAsync)
        .Map<RestoreMemberOnlineRequest, RestoreMemberOnlineResponse>("RestoreMemberOnline", MemberLockActions.RestoreAsync)
        .Map<DescribeStaffStatusMetricsRequest, DescribeStaffStatusMetricsResponse>("DescribeStaffStatusMetrics", DescribeStaffStatusMetricsAction.HandleAsync)
        .Map<DescribeStaffStatusHistoryRequest, DescribeStaffStatusHistoryResponse>("DescribeStaffStatusHistory", DescribeStaffStatusHistoryAction.HandleAsync);
}
