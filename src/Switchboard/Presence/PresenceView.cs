using Orleans;

namespace Switchboard.Presence;

/// <summary>An agent's presence as its grain holds it right now.</summary>
/// <param name="Status">The current state.</param>
/// <param name="Reason">The rest reason when <paramref name="Status"/> is <see cref="AgentStatus.Rest"/>.</param>
/// <param name="Since">When the current state began.</param>
/// <param name="ForcedOffline">Set by ForceMemberOffline until RestoreMemberOnline: logins and connections are refused.</param>
/// <param name="ConnectedClients">Workstation connections (browser tabs) open now, on every node.</param>
/// <param name="Reserved">A state booked for the end of the current session (TCCC's ReserveRest / ReserveNotReady).</param>
/// <param name="ReservedReason">The rest reason of <paramref name="Reserved"/>.</param>
[GenerateSerializer, Immutable, Alias("Switchboard.Presence.PresenceView")]
public sealed record PresenceView(
    AgentStatus Status,
    string? Reason,
    DateTimeOffset Since,
    bool ForcedOffline,
    int ConnectedClients,
    AgentStatus? Reserved = null,
    string? ReservedReason = null);
