using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Switchboard.Tenancy;

/// <summary>Registers owners, applications, API keys, admin accounts and the first-start bootstrap.</summary>
public static class TenancyServiceCollectionExtensions
{
    /// <summary>Adds the tenancy services; they need the store registered by <c>AddSwitchboardStorage</c>.</summary>
    public static IServiceCollection AddTenancy(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<FirstStartOptions>();
        services.AddSingleton<OwnerDirectory>();
        services.AddSingleton<ApplicationDirectory>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<AdminAccountStore>();
        services.AddSingleton<FirstStartBootstrap>();
        return services;
    }
}
