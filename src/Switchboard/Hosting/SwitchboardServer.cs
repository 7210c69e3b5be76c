namespace Switchboard.Hosting;

/// <summary>Composes the server: every feature's services and endpoints.</summary>
public static class SwitchboardServer
{
    /// <summary>Builds the web application; <paramref name="configure"/> lets tests adjust services and settings.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var app = builder.Build();
        return app;
    }
}
