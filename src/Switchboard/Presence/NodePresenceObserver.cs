namespace Switchboard.Presence;

/// <summary>
/// This node's ear for agents' grains: hands their news to the <see cref="IAgentNotifier"/> that holds the
/// node's workstation connections (the SDK hub). Without one registered, nobody here needs telling.
/// </summary>
internal sealed class NodePresenceObserver(IServiceProvider services, ILogger<NodePresenceObserver> logger) : INodePresenceObserver
{
    private IAgentNotifier? Notifier => services.GetService<IAgentNotifier>();

    public async Task StatusChangedAsync(AgentKey agent, PresenceView view)
    {
        try
        {
            if (Notifier is { } notifier) await notifier.StatusChangedAsync(agent, view);
        }
        catch (Exception error)
        {
            logger.LogWarning(error, "Telling the workstations of {Agent} about their new state failed", agent);
        }
    }

    public async Task ForcedOfflineAsync(AgentKey agent, string message)
    {
        try
        {
            if (Notifier is { } notifier) await notifier.ForcedOfflineAsync(agent, message);
        }
        catch (Exception error)
        {
            logger.LogWarning(error, "Logging out the workstations of {Agent} failed", agent);
        }
    }
}
