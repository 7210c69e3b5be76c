using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Chat;
using Switchboard.IntegrationTests.Presence;
using Switchboard.Presence;
using Switchboard.Storage;

namespace Switchboard.IntegrationTests.Chat.Desk;

/// <summary>
/// A real server on a fake clock with one tenant, chat groups and agents; visitors and workstations are played
/// through <see cref="IChatDesk"/> and <see cref="IPresenceDirectory"/>, the doors the hubs use, and what the hubs
/// would have sent is recorded.
/// </summary>
internal sealed class ChatScenario : IAsyncDisposable
{
    private readonly PresenceScenario _presence;

    private ChatScenario(PresenceScenario presence, RecordingChatNotifiers notifiers)
    {
        _presence = presence;
        Notifiers = notifiers;
    }

    public RecordingChatNotifiers Notifiers { get; }
    public FakeTimeProvider Clock => _presence.Clock;
    public long App => _presence.App;
    public IChatDesk Desk => _presence.Host.Services.GetRequiredService<IChatDesk>();
    public PresenceScenario Presence => _presence;
    public static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>
    /// Starts the server with a chat group "Chat" (<paramref name="maxConcurrency"/>) whose members are
    /// <paramref name="agents"/>, a ring timeout of 10 s and after-call work of 5 s unless <paramref name="settings"/> say otherwise.
    /// </summary>
    public static async Task<(ChatScenario Scenario, long Group)> StartAsync(int maxConcurrency = 1, IReadOnlyDictionary<string, string?>? settings = null, params string[] agents)
    {
        var notifiers = new RecordingChatNotifiers();
        var merged = new Dictionary<string, string?>
        {
            ["Routing:RingTimeoutSeconds"] = "10",
            ["Routing:AfterCallWorkSeconds"] = "5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) merged[key] = value;
        var presence = await PresenceScenario.StartWithServicesAsync(merged, services =>
        {
            services.AddSingleton<IChatAgentNotifier>(notifiers);
            services.AddSingleton<IChatVisitorNotifier>(notifiers);
            services.AddSingleton<IChatEventPublisher>(notifiers);
        });
        var group = await presence.Backend.CreateSkillGroupAsync("Chat", type: 1, maxConcurrency: maxConcurrency);
        if (agents.Length > 0) await presence.Backend.CreateAgentsAsync([.. agents.Select(m => Switchboard.Testing.TenantBackend.Agent(m, "Chat"))]);
        return (new ChatScenario(presence, notifiers), group);
    }

    public VisitorIdentity Visitor(string id, bool verified = false) => new(App, id, verified);

    public AgentKey Agent(string mail) => _presence.Agent(mail);

    /// <summary>The agent opens a workstation and is free.</summary>
    public Task LogInAsync(string mail) => _presence.ConnectAsync(mail, "tab-" + mail);

    public async Task<ChatSessionView> StartAsync(string visitorId, long group, string nickname = "Ann")
    {
        var result = await Desk.StartAsync(new ChatStartRequest(Visitor(visitorId), group, nickname, ClientData: "order=42", ChannelName: "web"));
        Assert.True(result.Accepted, result.Refusal);
        return result.Session!;
    }

    public async Task<ChatSessionView> AcceptAsync(string mail, string sessionId)
    {
        var result = await Desk.AcceptAsync(Agent(mail), sessionId);
        Assert.True(result.Accepted, result.Refusal);
        return result.Session!;
    }

    public Task<PresenceView> PresenceOf(string mail) => _presence.ViewAsync(mail);

    /// <summary>Waits until the recorded events satisfy <paramref name="condition"/>.</summary>
    public static Task EventuallyAsync(Func<bool> condition, string what) =>
        PresenceScenario.EventuallyAsync(() => Task.FromResult(condition()), what);

    /// <summary>Waits until the agent has been offered the session (a recorded <c>callIn</c>).</summary>
    public Task RingsAsync(string mail, string sessionId, string what) =>
        EventuallyAsync(() => Notifiers.EventsOf(mail).Any(e => e.Event == "callIn" && ((ChatOffer)e.Payload).SessionId == sessionId), what);

    /// <summary>Moves the fake clock; the desk's timers fire on it.</summary>
    public void Advance(TimeSpan by) => Clock.Advance(by);

    public async Task<List<ChatServiceRecord>> RecordsAsync(string sessionId)
    {
        await using var scope = _presence.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        return await db.ChatServiceRecords.AsNoTracking().Where(r => r.SessionId == sessionId).OrderBy(r => r.Id).ToListAsync(Cancellation);
    }

    public ValueTask DisposeAsync() => _presence.DisposeAsync();
}
