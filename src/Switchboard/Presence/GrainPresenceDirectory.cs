using Orleans;

namespace Switchboard.Presence;

/// <summary>
/// <see cref="IPresenceDirectory"/> and <see cref="ISessionPresence"/> over the agents' grains: every call goes to
/// the agent's grain, wherever in the cluster it is active. Connections are registered with this node's observer,
/// so the grain knows which nodes to tell about changes.
/// </summary>
internal sealed class GrainPresenceDirectory(IGrainFactory grains, NodePresenceObserver observer) : IPresenceDirectory, ISessionPresence
{
    private readonly Lazy<INodePresenceObserver> _node = new(() => grains.CreateObjectReference<INodePresenceObserver>(observer));

    public Task<PresenceView> GetAsync(AgentKey agent) => Grain(agent).GetAsync();

    public Task<PresenceOutcome> RequestAsync(AgentKey agent, PresenceRequest request) => Grain(agent).RequestAsync(request);

    /// <summary>A request answered with the state it was decided on as well.</summary>
    public Task<PresenceChange> ChangeAsync(AgentKey agent, PresenceRequest request) => Grain(agent).ChangeAsync(request);

    public Task<PresenceOutcome> ConnectAsync(AgentKey agent, string connectionId) => Grain(agent).ConnectAsync(connectionId, _node.Value);

    public Task DisconnectAsync(AgentKey agent, string connectionId) => Grain(agent).DisconnectAsync(connectionId, _node.Value);

    public Task ForceOfflineAsync(AgentKey agent, string message) => Grain(agent).ForceOfflineAsync(message);

    public Task RestoreAsync(AgentKey agent) => Grain(agent).RestoreAsync();

    public Task<PresenceOutcome> BeginSessionAsync(AgentKey agent, string sessionId) => Grain(agent).BeginSessionAsync(sessionId);

    public Task<PresenceOutcome> EndSessionAsync(AgentKey agent, string sessionId) => Grain(agent).EndSessionAsync(sessionId);

    public Task<PresenceOutcome> EndSessionAsync(AgentKey agent, string sessionId, TimeSpan afterCallWork) =>
        Grain(agent).EndSessionAsync(sessionId, afterCallWork);

    private IAgentPresenceGrain Grain(AgentKey agent) => grains.GetGrain<IAgentPresenceGrain>(agent.ToString());
}
