using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Switchboard.Chat;
using Switchboard.Presence;

namespace Switchboard.Sdk.Hub;

/// <summary>
/// The live connection of one workstation tab (<c>/sdk/hub</c>). Every tab of an agent joins the agent's group;
/// the agent's grain decides every transition, and the tabs learn the result through <c>statusChanged</c>.
/// Methods answer refusals as values (<see cref="HubResult"/>); <see cref="AgentHubGuard"/> turns failures and
/// rate limiting into values too. The chat methods are in AgentHub.Chat.cs.
/// </summary>
public sealed partial class AgentHub(
    IPresenceDirectory presence, AgentConnectionRegistry connections, IChatDesk chat, ILogger<AgentHub> log) : Microsoft.AspNetCore.SignalR.Hub
{
    private const string AgentItem = "agent";
    private const string RegisteredItem = "registered";

    /// <summary>The <c>setStatus</c> values of the Web SDK; <c>online</c> and <c>offline</c> have their own methods.</summary>
    private static readonly string[] SettableStatuses = ["free", "rest", "arrange", "notReady", "stopNotReady"];

    /// <summary>Rest reasons are short labels; anything longer is not one of the application's.</summary>
    private const int MaxRestReasonLength = 64;

    public override async Task OnConnectedAsync()
    {
        var agent = AgentClaims.AgentOf(Context.User)
            ?? throw new InvalidOperationException("The hub endpoint requires an SDK session; authorization let an anonymous connection in.");
        Context.Items[AgentItem] = agent;
        // Join before connecting, so a statusChanged caused by this very connection reaches it.
        connections.Add(agent, Context);
        await Groups.AddToGroupAsync(Context.ConnectionId, agent.ToString());

        PresenceOutcome outcome;
        try
        {
            outcome = await presence.ConnectAsync(agent, Context.ConnectionId);
        }
        catch
        {
            // SignalR closes the connection without OnDisconnectedAsync when this method throws.
            connections.Remove(agent, Context.ConnectionId);
            throw;
        }
        if (!outcome.Accepted)
        {
            log.LogInformation("Agent {Agent} connection refused: {Refusal}", agent, outcome.Refusal);
            if (outcome.View.ForcedOffline)
                await Clients.Caller.SendAsync(AgentHubNotifier.ForcedOffline, new ForcedOfflineNotice(outcome.Refusal ?? "Forced offline."));
            Context.Abort();
            return;
        }
        Context.Items[RegisteredItem] = true;
        connections.Remember(agent, outcome.View);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items[AgentItem] is not AgentKey agent) return;
        connections.Remove(agent, Context.ConnectionId);
        if (Context.Items.ContainsKey(RegisteredItem)) await presence.DisconnectAsync(agent, Context.ConnectionId);
    }

    /// <summary>The agent's state now.</summary>
    public async Task<AgentState> GetState() => AgentState.From(await ViewAsync());

    /// <summary>Asks for <c>{ status, restReason? }</c>; any other argument is refused with a reason.</summary>
    public async Task<HubResult> SetStatus(JsonElement request)
    {
        if (request.ValueKind != JsonValueKind.Object)
            return HubResult.Refused("SetStatus takes one object argument: { status, restReason? }.", AgentState.From(await ViewAsync()));
        if (!request.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.String
            || Array.IndexOf(SettableStatuses, status.GetString()) < 0)
            return HubResult.Refused($"status must be one of {string.Join(", ", SettableStatuses)}.", AgentState.From(await ViewAsync()));

        string? reason = null;
        if (request.TryGetProperty("restReason", out var restReason) && restReason.ValueKind != JsonValueKind.Null)
        {
            if (restReason.ValueKind != JsonValueKind.String || restReason.GetString()!.Length > MaxRestReasonLength)
                return HubResult.Refused($"restReason must be a string of at most {MaxRestReasonLength} characters.", AgentState.From(await ViewAsync()));
            reason = restReason.GetString();
        }
        return await RequestAsync(status.GetString()!, reason);
    }

    /// <summary>Asks to go online (free).</summary>
    public Task<HubResult> Online() => RequestAsync("online", null);

    /// <summary>Asks to go offline; the connection stays open.</summary>
    public Task<HubResult> Offline() => RequestAsync("offline", null);

    /// <summary>The connection's agent (set when it connected).</summary>
    internal static AgentKey AgentOf(HubCallerContext context) => (AgentKey)context.Items[AgentItem]!;

    private async Task<HubResult> RequestAsync(string target, string? reason)
    {
        var agent = AgentOf(Context);
        var outcome = await presence.RequestAsync(agent, new PresenceRequest(target, reason, PresenceSource.Workstation));
        var state = AgentState.From(connections.Remember(agent, outcome.View));
        return outcome.Accepted ? new HubResult(true, null, state) : HubResult.Refused(outcome.Refusal ?? "The request was refused.", state);
    }

    private async Task<PresenceView> ViewAsync()
    {
        var agent = AgentOf(Context);
        return connections.Remember(agent, await presence.GetAsync(agent));
    }
}
