namespace Switchboard.Presence;

/// <summary>
/// The node-local door to agents' presence. Every call goes to the agent's grain, the single writer of that
/// agent's state, wherever in the cluster it lives; the SDK hub and the cloud API actions use only this.
/// </summary>
public interface IPresenceDirectory
{
    /// <summary>The agent's state now (offline for an agent never seen).</summary>
    Task<PresenceView> GetAsync(AgentKey agent);

    /// <summary>Asks for a transition; refused transitions leave the state unchanged.</summary>
    Task<PresenceOutcome> RequestAsync(AgentKey agent, PresenceRequest request);

    /// <summary>
    /// A workstation connection opened on this node. The first connection of an offline agent brings the agent
    /// online; refused while the agent is forced offline.
    /// </summary>
    Task<PresenceOutcome> ConnectAsync(AgentKey agent, string connectionId);

    /// <summary>
    /// A connection closed. When it was the agent's last, the state is kept for the disconnect grace period and
    /// then becomes offline unless a connection came back.
    /// </summary>
    Task DisconnectAsync(AgentKey agent, string connectionId);

    /// <summary>ForceMemberOffline: offline now, every connection told <paramref name="message"/> and closed, logins refused.</summary>
    Task ForceOfflineAsync(AgentKey agent, string message);

    /// <summary>RestoreMemberOnline: the agent may log in again.</summary>
    Task RestoreAsync(AgentKey agent);
}
