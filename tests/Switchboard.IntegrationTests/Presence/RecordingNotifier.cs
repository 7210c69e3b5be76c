using System.Collections.Concurrent;
using Switchboard.Presence;

namespace Switchboard.IntegrationTests.Presence;

/// <summary>Stands where the SDK hub's notifier stands and remembers what each agent's tabs on this node were told.</summary>
internal sealed class RecordingNotifier : IAgentNotifier
{
    public ConcurrentQueue<(AgentKey Agent, PresenceView View)> StatusChanges { get; } = new();

    public ConcurrentQueue<(AgentKey Agent, string Message)> ForcedOffline { get; } = new();

    public Task StatusChangedAsync(AgentKey agent, PresenceView view)
    {
        StatusChanges.Enqueue((agent, view));
        return Task.CompletedTask;
    }

    public Task ForcedOfflineAsync(AgentKey agent, string message)
    {
        ForcedOffline.Enqueue((agent, message));
        return Task.CompletedTask;
    }
}
