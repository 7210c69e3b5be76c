using Orleans;
using Orleans.Concurrency;

namespace Switchboard.Presence;

/// <summary>
/// One per server node: how an agent's grain reaches the workstation connections that node holds. One-way, so a
/// slow or vanished node never holds up the grain, the single writer of the agent's state.
/// </summary>
[Alias("Switchboard.Presence.INodePresenceObserver")]
internal interface INodePresenceObserver : IGrainObserver
{
    [OneWay, Alias("StatusChanged")]
    Task StatusChangedAsync(AgentKey agent, PresenceView view);

    [OneWay, Alias("ForcedOffline")]
    Task ForcedOfflineAsync(AgentKey agent, string message);
}
