using Microsoft.Extensions.DependencyInjection;
using Switchboard.Chat;

namespace Switchboard.BrowserTests.Chat;

/// <summary>
/// A Switchboard server for the chat tests, beside the collection's: a 30-second ring, and a recorder of what the
/// visitor side is told. Visitors are played in-process through <see cref="IChatDesk"/>, the door the visitor hub uses.
/// </summary>
public sealed class ChatStack : IAsyncLifetime
{
    /// <summary>Seconds an offer rings.</summary>
    public const int RingSeconds = 30;

    private SwitchboardHost? _server;

    public SwitchboardHost Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public VisitorRecorder Visitors { get; } = new();

    public IChatDesk Desk => Server.Services.GetRequiredService<IChatDesk>();

    public async ValueTask InitializeAsync() => _server = await SwitchboardHost.StartAsync(new Dictionary<string, string?>
    {
        ["Routing:RingTimeoutSeconds"] = RingSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Routing:AfterCallWorkSeconds"] = "60",
    }, services: services => services.AddSingleton<IChatVisitorNotifier>(Visitors));

    /// <summary>A fresh tenant with a chat skill group "Chat" (each agent takes up to <paramref name="maxConcurrency"/> chats) whose members are <paramref name="mails"/>.</summary>
    public async Task<(TenantBackend Backend, long Group)> TenantAsync(int maxConcurrency, params string[] mails)
    {
        var backend = await TenantBackend.ConnectAsync(Server);
        var group = await backend.CreateSkillGroupAsync("Chat", type: 1, maxConcurrency: maxConcurrency);
        await backend.CreateAgentsAsync([.. mails.Select(m => TenantBackend.Agent(m, "Chat"))]);
        return (backend, group);
    }

    /// <summary>A visitor of <paramref name="backend"/>'s application opens the chat.</summary>
    public async Task<ChatSessionView> VisitorStartsAsync(TenantBackend backend, long group, string visitorId, string nickname,
        string? clientData = null, string? peerSource = null, string? channel = null)
    {
        var result = await Desk.StartAsync(new ChatStartRequest(new VisitorIdentity(backend.App, visitorId, false), group, nickname,
            ClientData: clientData, PeerSource: peerSource, ChannelName: channel));
        Assert.True(result.Accepted, result.Refusal);
        return result.Session!;
    }

    /// <summary>The visitor of <paramref name="session"/> writes <paramref name="text"/>.</summary>
    public async Task VisitorSaysAsync(ChatSessionView session, string text)
    {
        var (result, _) = await Desk.PostAsync(session.SdkAppId, session.SessionId, ChatSender.Visitor(session.VisitorId),
            ChatMessageTypes.Text, text, Guid.NewGuid().ToString("N"));
        Assert.True(result.Accepted, result.Refusal);
    }

    public async Task VisitorTypesAsync(ChatSessionView session, bool typing) =>
        Assert.True((await Desk.TypingAsync(session.SdkAppId, session.SessionId, ChatSender.Visitor(session.VisitorId), typing)).Accepted);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
