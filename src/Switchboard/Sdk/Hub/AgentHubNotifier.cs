using Microsoft.AspNetCore.SignalR;
using Switchboard.Presence;

namespace Switchboard.Sdk.Hub;

/// <summary>Delivers an agent's presence changes to the agent's tabs connected to this node.</summary>
public sealed class AgentHubNotifier(IHubContext<AgentHub> hub, AgentConnectionRegistry connections) : IAgentNotifier
{
    /// <summary>Client method names (the protocol's server → client messages).</summary>
    public const string StatusChanged = "statusChanged";
    public const string ForcedOffline = "forcedOffline";

    public Task StatusChangedAsync(AgentKey agent, PresenceView view)
    {
        connections.Remember(agent, view);
        return hub.Clients.Group(agent.ToString()).SendAsync(StatusChanged, AgentState.From(view));
    }

    public async Task ForcedOfflineAsync(AgentKey agent, string message)
    {
        var tabs = connections.ConnectionsOf(agent);
        // The message is queued on every connection before any closes, and SignalR sends what is queued first.
        await hub.Clients.Group(agent.ToString()).SendAsync(ForcedOffline, new ForcedOfflineNotice(message));
        foreach (var tab in tabs) tab.Abort();
    }
}
