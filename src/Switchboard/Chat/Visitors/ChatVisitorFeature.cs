using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Switchboard.Chat.Visitors.Attachments;
using Switchboard.Chat.Visitors.Hub;
using Switchboard.Chat.Visitors.Identity;
using Switchboard.Chat.Visitors.Widget;
using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.Chat.Visitors;

/// <summary>
/// The visitor side of online chat (docs/chat.md): sign-in and <c>CreateUserSig</c>, the visitor hub, attachments,
/// the widget script and the hosted chat page. Everything here reaches chat state through <see cref="IChatDesk"/>.
/// </summary>
public static class ChatVisitorFeature
{
    /// <summary>The visitor hub's path.</summary>
    public const string HubPath = "/chat/visitor/hub";

    /// <summary>Registers the visitor side's services; <c>Chat:*</c> settings come from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddChatVisitors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChatVisitorOptions>().Bind(configuration.GetSection("Chat"));
        services.AddSingleton<VisitorSigningKeyStore>();
        services.AddSingleton<VisitorTokens>();
        services.AddSingleton<VisitorSignInRateLimiter>();
        services.AddSingleton<ChatApplications>();
        services.AddSingleton<VisitorConnectionRegistry>();
        services.AddSingleton<VisitorMessageRateLimiter>();
        services.AddSingleton<VisitorInvocationRateLimiter>();
        services.AddSingleton<AttachmentFolder>();
        services.AddSingleton<WidgetScript>();
        services.AddSingleton<IChatVisitorNotifier, VisitorHubNotifier>();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, VisitorTokenAuthentication>(VisitorTokenAuthentication.SchemeName, null);
        services.AddAuthorization();
        services.AddSignalR().AddHubOptions<VisitorHub>(hub =>
        {
            hub.EnableDetailedErrors = false;
            hub.AddFilter<VisitorHubGuard>();
        });
        services.AddOptions<HubOptions<VisitorHub>>().Configure<IOptions<ChatVisitorOptions>>((hub, chat) =>
            hub.MaximumReceiveMessageSize = chat.Value.MaxHubMessageBytes);
        return services;
    }

    /// <summary>Adds <c>CreateUserSig</c> to the cloud API.</summary>
    public static CloudApiActionTable MapChatVisitorActions(this CloudApiActionTable table) =>
        table.Map<CreateUserSigRequest, CreateUserSigResponse>("CreateUserSig", CreateUserSigAction.HandleAsync);

    /// <summary>Maps sign-in, the hub, attachments, <c>/widget.js</c> and the hosted page.</summary>
    public static WebApplication MapChatVisitors(this WebApplication app)
    {
        app.Services.GetRequiredService<WidgetScript>();
        app.Services.GetRequiredService<CloudApiActionTable>().MapChatVisitorActions();
        app.MapVisitorSignIn();
        app.MapChatAttachments();
        app.MapChatWidget();
        app.MapHub<VisitorHub>(HubPath, connection => connection.Transports = HttpTransportType.WebSockets)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = VisitorTokenAuthentication.SchemeName });
        return app;
    }
}
