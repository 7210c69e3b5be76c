using Switchboard.Chat;
using Switchboard.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Switchboard.Chat.Visitors;
using Switchboard.Chat.Records;
using Switchboard.Hosting.Cli;
using Switchboard.CloudApi;
using Switchboard.Media;
using Switchboard.Presence;
using Switchboard.Push;
using Switchboard.Sdk;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.Hosting;

/// <summary>Composes the server: every feature's services and endpoints.</summary>
public static class SwitchboardServer
{
    /// <summary>
    /// Builds the web application. <paramref name="configure"/> runs before the features register, so tests
    /// can add configuration (ports, store) and replace services such as the <see cref="TimeProvider"/>.
    /// The store is migrated and seeded when the application starts, before Kestrel accepts requests.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Settings files ship beside the binary; relative paths in settings (./data) follow the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // The same SWITCHBOARD_* variables and --Section:Key arguments the management commands read.
        builder.Configuration.AddSwitchboardOverrides(args);
        configure?.Invoke(builder);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Tencent allows 32 KB GET query strings; Kestrel's defaults (8 KB request line) would refuse them
            // with a bare 414 instead of an envelope the SDKs can read.
            kestrel.Limits.MaxRequestLineSize = 40 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
        });

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSwitchboardStorage(builder.Configuration);
        services.AddHostedService<StoragePreparation>();
        services.AddCloudApi(builder.Configuration);
        services.AddStaff();
        services.AddSdkLogin();
        services.AddPresence(builder.Configuration);
        services.AddAgentSdk(builder.Configuration);
        services.AddMedia(builder.Configuration);
        services.AddChat(builder.Configuration);
        services.AddChatVisitors(builder.Configuration);
        services.AddPush(builder.Configuration);

        var app = builder.Build();
        app.Services.GetRequiredService<CloudApiActionTable>()
            .MapStaffActions()
            .MapSdkActions()
            .MapPresenceActions()
            .MapRoutingActions()
            .MapChatRecordActions()
            .MapPushActions();
        app.MapAgentSdk();
        app.MapChatVisitors();
        app.MapMedia(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MediaOptions>>().Value);
        app.MapCloudApi();
        return app;
    }
}
