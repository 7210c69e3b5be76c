namespace Switchboard.Presence;

/// <summary>
/// Everything <see cref="PresenceStateMachine"/> decides on: the agent's state and the facts that limit what
/// may follow it. Connections and timers are the grain's business, not part of this.
/// </summary>
/// <param name="Status">The current state.</param>
/// <param name="Reason">The rest reason while <paramref name="Status"/> is rest.</param>
/// <param name="ForcedOffline">ForceMemberOffline is in effect.</param>
/// <param name="Reserved">The state booked for the end of the current session (notReady or rest).</param>
/// <param name="ReservedReason">The rest reason of <paramref name="Reserved"/>.</param>
/// <param name="SessionId">The session the agent is busy with (the first, when several chats are open).</param>
/// <param name="OtherSessions">Further sessions held at the same time (concurrent chats); null when none.</param>
public sealed record AgentPresenceState(
    AgentStatus Status,
    string? Reason = null,
    bool ForcedOffline = false,
    AgentStatus? Reserved = null,
    string? ReservedReason = null,
    string? SessionId = null,
    System.Collections.Immutable.ImmutableList<string>? OtherSessions = null)
{
    /// <summary>True when <paramref name="sessionId"/> is one of the sessions the agent is busy with.</summary>
    public bool Holds(string sessionId) =>
        SessionId == sessionId || (OtherSessions is not null && OtherSessions.Contains(sessionId));

    /// <summary>An agent never seen, or seen offline.</summary>
    public static AgentPresenceState Offline { get; } = new(AgentStatus.Offline);

    /// <summary>True when <paramref name="other"/> is a different state or reason, i.e. a status history entry.</summary>
    public bool DiffersInStatusFrom(AgentPresenceState other) =>
        Status != other.Status || !string.Equals(Reason, other.Reason, StringComparison.Ordinal);
}
