using Orleans;

namespace Switchboard.Presence;

/// <summary>The single writer of one agent's presence, keyed by <see cref="AgentKey.ToString"/>.</summary>
[Alias("Switchboard.Presence.IAgentPresenceGrain")]
internal interface IAgentPresenceGrain : IGrainWithStringKey
{
    [Alias("Get")]
    Task<PresenceView> GetAsync();

    [Alias("Request")]
    Task<PresenceOutcome> RequestAsync(PresenceRequest request);

    /// <summary>As <see cref="RequestAsync"/>, also answering the state before: SetStaffStatus reports both.</summary>
    [Alias("Change")]
    Task<PresenceChange> ChangeAsync(PresenceRequest request);

    [Alias("Connect")]
    Task<PresenceOutcome> ConnectAsync(string connectionId, INodePresenceObserver node);

    [Alias("Disconnect")]
    Task DisconnectAsync(string connectionId, INodePresenceObserver node);

    [Alias("ForceOffline")]
    Task ForceOfflineAsync(string message);

    [Alias("Restore")]
    Task RestoreAsync();

    [Alias("BeginSession")]
    Task<PresenceOutcome> BeginSessionAsync(string sessionId);

    [Alias("EndSession")]
    Task<PresenceOutcome> EndSessionAsync(string sessionId);

    /// <summary>The session ended; <paramref name="afterCallWork"/> (routing's skill group setting) replaces <c>Presence:AfterCallWorkSeconds</c>.</summary>
    [Alias("EndSessionWithAfterCallWork")]
    Task<PresenceOutcome> EndSessionAsync(string sessionId, TimeSpan afterCallWork);

    /// <summary>A timer the grain started ran out; <paramref name="generation"/> tells a stale one from the current.</summary>
    [Alias("Elapse")]
    Task ElapseAsync(PresenceTimer timer, int generation);
}
