using Microsoft.Extensions.DependencyInjection;
using Switchboard.Chat;
using Switchboard.Presence;

namespace Switchboard.BrowserTests.Chat;

/// <summary>
/// Plays agents (and extra visitors) in-process through <see cref="IChatDesk"/> and <see cref="IPresenceDirectory"/>,
/// the doors the agent hub uses, so a visitor page can be tested against the real desk.
/// </summary>
internal sealed class ChatDeskDriver(SwitchboardHost server, TenantBackend backend, long group)
{
    public IChatDesk Desk => server.Services.GetRequiredService<IChatDesk>();
    public long Group => group;
    public long App => backend.App;

    public static async Task<ChatDeskDriver> StartAsync(SwitchboardHost server, params string[] agents)
    {
        var backend = await TenantBackend.ConnectAsync(server);
        var group = await backend.CreateSkillGroupAsync("Chat", type: 1, maxConcurrency: 1);
        await backend.CreateAgentsAsync([.. agents.Select(m => TenantBackend.Agent(m, "Chat"))]);
        return new ChatDeskDriver(server, backend, group);
    }

    public TenantBackend Backend => backend;

    public AgentKey Agent(string mail) => new(backend.App, mail.ToLowerInvariant());

    /// <summary>The agent's workstation connects: they are online and free.</summary>
    public Task LogInAsync(string mail) =>
        server.Services.GetRequiredService<IPresenceDirectory>().ConnectAsync(Agent(mail), "tab-" + mail);

    /// <summary>A visitor who is not on a page, started through the desk.</summary>
    public async Task<ChatSessionView> StartVisitorAsync(string visitorId, bool verified = false)
    {
        var result = await Desk.StartAsync(new ChatStartRequest(new VisitorIdentity(backend.App, visitorId, verified), group, visitorId));
        Assert.True(result.Accepted, result.Refusal);
        return result.Session!;
    }

    public async Task<ChatSessionView> AcceptAsync(string mail, string sessionId)
    {
        var result = await Desk.AcceptAsync(Agent(mail), sessionId);
        Assert.True(result.Accepted, result.Refusal);
        return result.Session!;
    }
}
