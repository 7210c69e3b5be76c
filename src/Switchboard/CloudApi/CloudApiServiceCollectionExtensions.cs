namespace Switchboard.CloudApi;

/// <summary>Registers the cloud API's own services.</summary>
public static class CloudApiServiceCollectionExtensions
{
    /// <summary>Adds the authenticator, rate limiter, options (section <c>CloudApi</c>) and the action table.</summary>
    public static IServiceCollection AddCloudApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CloudApiOptions>().Bind(configuration.GetSection("CloudApi"));
        services.AddSingleton<CloudApiAuthenticator>();
        services.AddSingleton<CloudApiRateLimiter>();
        services.AddSingleton<CloudApiActionTable>();
        return services;
    }
}
