namespace Switchboard.Presence;

/// <summary>
/// Delivers presence changes to the workstation connections held by this node (the SDK hub implements it).
/// The agent's grain calls every node that holds one of the agent's connections.
/// </summary>
public interface IAgentNotifier
{
    /// <summary>Tell every tab of <paramref name="agent"/> on this node its new state.</summary>
    Task StatusChangedAsync(AgentKey agent, PresenceView view);

    /// <summary>Tell every tab of <paramref name="agent"/> on this node why it is being logged out, then close them.</summary>
    Task ForcedOfflineAsync(AgentKey agent, string message);
}
