using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Switchboard.Chat;
using Switchboard.Presence;
using Switchboard.Sdk.Hub;
using Switchboard.Sdk.Hub.Chat;
using Switchboard.Sdk.Login;
using Switchboard.Sdk.Script;

namespace Switchboard.Sdk;

/// <summary>
/// The server side of the agent SDK (docs/agent-sdk-protocol.md): the script, login and session renewal, and the
/// agent hub that carries presence and the agent's side of online chat to the workstation.
/// </summary>
public static class AgentSdkFeature
{
    /// <summary>The hub's path.</summary>
    public const string HubPath = "/sdk/hub";

    /// <summary>Registers the SDK's services; <c>Sdk:*</c> settings come from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddAgentSdk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AgentSdkOptions>().Bind(configuration.GetSection("Sdk"));
        services.AddSingleton<SdkScriptLibrary>();
        services.AddSingleton<SdkSessionCredentials>();
        services.AddSingleton<SdkLoginRateLimiter>();
        services.AddSingleton<AgentConnectionRegistry>();
        services.AddSingleton<HubInvocationRateLimiter>();
        // The hub is how this node reaches agents; a notifier registered before (a test's recorder) stays.
        services.TryAddSingleton<IAgentNotifier, AgentHubNotifier>();
        // The desk tells every registered notifier; this one reaches the agent's tabs through the hub.
        services.AddSingleton<IChatAgentNotifier, ChatAgentNotifier>();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, SdkSessionAuthentication>(SdkSessionAuthentication.SchemeName, null);
        services.AddAuthorization();
        // AddHubOptions marks the hub's options as its own (otherwise SignalR uses only the global ones).
        services.AddSignalR().AddHubOptions<AgentHub>(hub =>
        {
            hub.EnableDetailedErrors = false;
            hub.AddFilter<AgentHubGuard>();
        });
        // Chat views carry enums (session state, sender role); docs/chat.md has them as lower-case strings.
        services.AddOptions<JsonHubProtocolOptions>().Configure(json =>
        {
            if (!json.PayloadSerializerOptions.Converters.Any(c => c is JsonStringEnumConverter))
                json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.RemoveAll<IHubProtocol>();
        services.AddSingleton<StrictJsonHubProtocol>();
        services.AddSingleton<IHubProtocol>(sp => sp.GetRequiredService<StrictJsonHubProtocol>());
        // Later features' AddSignalR() add the stock JSON protocol back; the resolver keeps the strict one in charge.
        services.AddSingleton<IHubProtocolResolver, StrictHubProtocolResolver>();
        services.AddOptions<HubOptions<AgentHub>>().Configure<IOptions<AgentSdkOptions>>((hub, sdk) =>
            hub.MaximumReceiveMessageSize = sdk.Value.MaxHubMessageBytes);
        return services;
    }

    /// <summary>Maps <c>/sdk/tccc.js</c>, <c>/sdk/tccc.d.ts</c>, <c>/sdk/login</c>, <c>/sdk/session/renew</c> and <c>/sdk/hub</c>.</summary>
    public static WebApplication MapAgentSdk(this WebApplication app)
    {
        // Starts loading and compressing the bundle now rather than on the first page load.
        app.Services.GetRequiredService<SdkScriptLibrary>();
        app.MapSdkScript();
        app.MapSdkLogin();
        app.MapHub<AgentHub>(HubPath, connection => connection.Transports = HttpTransportType.WebSockets)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = SdkSessionAuthentication.SchemeName });
        return app;
    }
}
