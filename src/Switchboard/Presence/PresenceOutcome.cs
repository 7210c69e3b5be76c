namespace Switchboard.Presence;

/// <summary>
/// The answer to a <see cref="PresenceRequest"/> or a connection: whether it was applied, the state after it,
/// and, when refused, why (an English sentence an agent or an integrator can act on).
/// </summary>
public sealed record PresenceOutcome(bool Accepted, PresenceView View, string? Refusal = null);
