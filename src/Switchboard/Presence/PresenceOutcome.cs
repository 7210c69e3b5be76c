using Orleans;

namespace Switchboard.Presence;

/// <summary>
/// The answer to a <see cref="PresenceRequest"/> or a connection: whether it was applied, the state after it,
/// and, when refused, why (an English sentence an agent or an integrator can act on).
/// </summary>
[GenerateSerializer, Immutable, Alias("Switchboard.Presence.PresenceOutcome")]
public sealed record PresenceOutcome(bool Accepted, PresenceView View, string? Refusal = null);
