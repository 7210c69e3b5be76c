namespace Switchboard.Media;

/// <summary>Media on this node: the WebRTC port and what runs on it (see docs/media/README.md).</summary>
public static class MediaFeature
{
    /// <summary>Registers the media engine; <c>Media:*</c> settings come from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection("Media"));
        services.AddSingleton<MediaTicker>();
        services.AddSingleton<MediaEngine>();
        services.AddHostedService(provider => provider.GetRequiredService<MediaEngine>());
        services.AddSingleton<RtpRelays>();
        return services;
    }
}
