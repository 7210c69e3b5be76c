using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Switchboard.Presence;

namespace Switchboard.Sdk.Hub;

/// <summary>
/// The hub connections this node holds, per agent, and the agent's latest state seen here. SignalR groups can send
/// to an agent's tabs but cannot close them; ForceMemberOffline needs the connections themselves.
/// </summary>
public sealed class AgentConnectionRegistry
{
    private readonly ConcurrentDictionary<AgentKey, AgentTabs> _agents = new();

    /// <summary>Agents with at least one connection on this node.</summary>
    public int AgentCount => _agents.Count;

    /// <summary>Records an open connection of <paramref name="agent"/>.</summary>
    public void Add(AgentKey agent, HubCallerContext connection)
    {
        while (true)
        {
            var tabs = _agents.GetOrAdd(agent, _ => new AgentTabs());
            lock (tabs)
            {
                // Lost a race with the removal of the agent's last connection: take a fresh entry.
                if (tabs.Retired) continue;
                tabs.Connections[connection.ConnectionId] = connection;
                return;
            }
        }
    }

    /// <summary>Forgets a closed connection; the agent's entry goes with its last one.</summary>
    public void Remove(AgentKey agent, string connectionId)
    {
        if (!_agents.TryGetValue(agent, out var tabs)) return;
        lock (tabs)
        {
            tabs.Connections.Remove(connectionId);
            if (tabs.Connections.Count > 0) return;
            tabs.Retired = true;
            _agents.TryRemove(KeyValuePair.Create(agent, tabs));
        }
    }

    /// <summary>The agent's connections on this node now.</summary>
    public IReadOnlyList<HubCallerContext> ConnectionsOf(AgentKey agent)
    {
        if (!_agents.TryGetValue(agent, out var tabs)) return [];
        lock (tabs) return [.. tabs.Connections.Values];
    }

    /// <summary>Keeps <paramref name="view"/> as the agent's latest state unless a later one is already known.</summary>
    public PresenceView Remember(AgentKey agent, PresenceView view)
    {
        if (_agents.TryGetValue(agent, out var tabs))
        {
            lock (tabs)
            {
                if (tabs.LastView is null || view.Since >= tabs.LastView.Since) tabs.LastView = view;
            }
        }
        return view;
    }

    /// <summary>The agent's latest state seen on this node, if any.</summary>
    public PresenceView? LastView(AgentKey agent)
    {
        if (!_agents.TryGetValue(agent, out var tabs)) return null;
        lock (tabs) return tabs.LastView;
    }

    private sealed class AgentTabs
    {
        public Dictionary<string, HubCallerContext> Connections { get; } = new(StringComparer.Ordinal);
        public PresenceView? LastView { get; set; }
        public bool Retired { get; set; }
    }
}
