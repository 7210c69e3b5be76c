namespace Switchboard.Presence;

/// <summary>What <see cref="PresenceStateMachine"/> decided: the state after the event, or the unchanged state and why.</summary>
/// <param name="Accepted">False when the event was refused; <paramref name="State"/> is then the state before it.</param>
/// <param name="State">The state after the event.</param>
/// <param name="Refusal">Why it was refused, in a sentence an agent or an integrator can act on.</param>
public sealed record PresenceDecision(bool Accepted, AgentPresenceState State, string? Refusal = null)
{
    /// <summary>Accepted; <paramref name="state"/> follows.</summary>
    public static PresenceDecision To(AgentPresenceState state) => new(true, state);

    /// <summary>Refused; <paramref name="state"/> stays.</summary>
    public static PresenceDecision Refuse(AgentPresenceState state, string refusal) => new(false, state, refusal);
}
