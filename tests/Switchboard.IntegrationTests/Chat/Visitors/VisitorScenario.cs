using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Chat;
using Switchboard.IntegrationTests.Chat.Desk;
using Switchboard.Sdk.Login;

namespace Switchboard.IntegrationTests.Chat.Visitors;

/// <summary>
/// The desk's scenario (a real server on a fake clock, one tenant, a chat group and agents) seen from the visitor
/// side: sign-ins over HTTP, visitor tabs over the real hub.
/// </summary>
internal sealed class VisitorScenario : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _tabs = [];

    private VisitorScenario(ChatScenario chat, long group, string attachmentsDirectory)
    {
        Chat = chat;
        Group = group;
        AttachmentsDirectory = attachmentsDirectory;
    }

    public ChatScenario Chat { get; }
    public long Group { get; }
    public SwitchboardHost Host => Chat.Presence.Host;
    public long App => Chat.App;
    public static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>
    /// Starts the server with its own attachments folder (on PostgreSQL there is no per-test data folder) and the
    /// agents named by mail (default Ann), members of the chat group.
    /// </summary>
    public static async Task<VisitorScenario> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, params string[] agents)
    {
        var merged = new Dictionary<string, string?>
        {
            ["Chat:AttachmentsDirectory"] = Path.Combine(Path.GetTempPath(), "switchboard-tests", Guid.NewGuid().ToString("N"), "attachments"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) merged[key] = value;
        var (chat, group) = await ChatScenario.StartAsync(1, merged, agents.Length == 0 ? ["ann@example.com"] : agents);
        return new VisitorScenario(chat, group, merged["Chat:AttachmentsDirectory"]!);
    }

    /// <summary>This server's attachments folder.</summary>
    public string AttachmentsDirectory { get; }

    /// <summary>POSTs <paramref name="body"/> to the sign-in and answers the status and the JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> SignInAsync(object body)
    {
        using var response = await Host.HttpClient.PostAsJsonAsync("chat/visitor/sign-in", body, Cancellation);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation));
    }

    /// <summary>A new anonymous visitor: id and token.</summary>
    public async Task<(string VisitorId, string Token)> AnonymousAsync()
    {
        var (status, body) = await SignInAsync(new { sdkAppId = App });
        Assert.Equal(HttpStatusCode.OK, status);
        return (body.GetProperty("visitorId").GetString()!, body.GetProperty("visitorToken").GetString()!);
    }

    public async Task<VisitorTab> OpenTabAsync(string token)
    {
        var tab = await VisitorTab.OpenAsync(Host, token);
        _tabs.Add(tab);
        return tab;
    }

    /// <summary>An anonymous visitor with an open tab and a session they started (an agent must be logged in for it to stay open).</summary>
    public async Task<(string VisitorId, string Token, VisitorTab Tab, string SessionId)> VisitorInSessionAsync(string nickname = "Bob")
    {
        var (visitorId, token) = await AnonymousAsync();
        var tab = await OpenTabAsync(token);
        var started = await tab.InvokeAsync("Start", new { skillGroupId = Group, nickname });
        Assert.True(started.GetProperty("ok").GetBoolean(), started.ToString());
        return (visitorId, token, tab, started.GetProperty("session").GetProperty("sessionId").GetString()!);
    }

    /// <summary>An agent's SDK session credential, as the workstation holds it after login.</summary>
    public string AgentCredential(string mail) =>
        Host.Services.GetRequiredService<SdkSessionCredentials>().Issue(Chat.Agent(mail));

    public async ValueTask DisposeAsync()
    {
        foreach (var tab in _tabs) await tab.DisposeAsync();
        await Chat.DisposeAsync();
        if (Directory.Exists(AttachmentsDirectory)) Directory.Delete(Path.GetDirectoryName(AttachmentsDirectory)!, recursive: true);
    }
}
