namespace Switchboard.Presence;

/// <summary>
/// The rules of agent presence, without any hosting: given a state and an event it answers the next state or a
/// refusal. The agent's grain applies its decisions; nothing else changes presence.
/// </summary>
/// <remarks>
/// Agents and API callers ask for free, notReady, rest, arrange, stopNotReady, online and offline. Only the
/// system makes an agent busy (a session starts) and ends it (the session ends, then after-call work). A request
/// for rest or notReady during a session is booked for its end instead of refused, as TCCC's ReserveRest and
/// ReserveNotReady report. Asking for the state the agent is already in is accepted and changes nothing.
/// </remarks>
public sealed class PresenceStateMachine(AgentStatus initialStatus, bool afterCallWork)
{
    /// <summary>The machine for <paramref name="options"/>.</summary>
    public PresenceStateMachine(PresenceOptions options)
        : this(options.InitialStatus, options.AfterCallWork > TimeSpan.Zero)
    {
    }

    /// <summary>A request from the agent, the API or the system; <paramref name="restReasons"/> are the application's.</summary>
    public PresenceDecision Request(AgentPresenceState state, PresenceRequest request, IReadOnlyCollection<string> restReasons)
    {
        if (state.ForcedOffline && request.Target != "offline")
            return PresenceDecision.Refuse(state, "The agent was forced offline by an administrator; RestoreMemberOnline must allow them back first.");
        return request.Target switch
        {
            "online" => Online(state),
            "offline" => Offline(state),
            "free" => Free(state),
            "notReady" => NotReady(state),
            "stopNotReady" => StopNotReady(state),
            "rest" => Rest(state, request.Reason, restReasons),
            "arrange" => Arrange(state),
            "busy" => PresenceDecision.Refuse(state, "Busy cannot be requested: the agent becomes busy when a session starts."),
            _ => PresenceDecision.Refuse(state, $"'{request.Target}' is not a status; use free, notReady, rest, arrange, stopNotReady, online or offline."),
        };
    }

    /// <summary>The first workstation connection of the agent: an offline agent comes online.</summary>
    public PresenceDecision Connect(AgentPresenceState state) =>
        state.ForcedOffline
            ? PresenceDecision.Refuse(state, "The agent was forced offline by an administrator and cannot connect until RestoreMemberOnline.")
            : Online(state);

    /// <summary>
    /// A session was offered to and taken by the agent. Routing decides how many an agent may hold (several chats
    /// at once); presence only keeps the agent busy until the last of them ends.
    /// </summary>
    public PresenceDecision BeginSession(AgentPresenceState state, string sessionId) => state.Status switch
    {
        AgentStatus.Free or AgentStatus.NotReady or AgentStatus.Arrange =>
            PresenceDecision.To(state with { Status = AgentStatus.Busy, Reason = null, SessionId = sessionId, OtherSessions = null }),
        AgentStatus.Busy when state.Holds(sessionId) => PresenceDecision.To(state),
        AgentStatus.Busy => PresenceDecision.To(state with { OtherSessions = (state.OtherSessions ?? []).Add(sessionId) }),
        AgentStatus.Rest => PresenceDecision.Refuse(state, "The agent is on a break and takes no sessions."),
        _ => PresenceDecision.Refuse(state, "The agent is offline and takes no sessions."),
    };

    /// <summary>The agent's session ended: after-call work follows, or the booked state, or free.</summary>
    public PresenceDecision EndSession(AgentPresenceState state, string sessionId) => EndSession(state, sessionId, afterCallWork);

    /// <summary>
    /// The agent's session ended, with <paramref name="withAfterCallWork"/> deciding for this session whether
    /// after-call work follows (routing's skill group setting). While other sessions stay open the agent stays busy.
    /// </summary>
    public PresenceDecision EndSession(AgentPresenceState state, string sessionId, bool withAfterCallWork)
    {
        if (state.Status != AgentStatus.Busy || !state.Holds(sessionId))
            return PresenceDecision.Refuse(state, $"The agent is not in session {sessionId}.");
        if (state.OtherSessions is { Count: > 0 } others)
        {
            var remaining = state.SessionId == sessionId ? others.RemoveAt(0) : others.Remove(sessionId);
            var first = state.SessionId == sessionId ? others[0] : state.SessionId;
            return PresenceDecision.To(state with { SessionId = first, OtherSessions = remaining.Count == 0 ? null : remaining });
        }
        return PresenceDecision.To(withAfterCallWork
            ? state with { Status = AgentStatus.Arrange, Reason = null, SessionId = null, OtherSessions = null }
            : AfterSession(state));
    }

    /// <summary>The after-call work time of the last session is up.</summary>
    public PresenceDecision AfterCallWorkElapsed(AgentPresenceState state) =>
        state.Status == AgentStatus.Arrange
            ? PresenceDecision.To(AfterSession(state))
            : PresenceDecision.Refuse(state, "The agent is not in after-call work.");

    /// <summary>The disconnect grace period ran out with no workstation connected.</summary>
    public PresenceDecision GraceElapsed(AgentPresenceState state) =>
        PresenceDecision.To(state with { Status = AgentStatus.Offline, Reason = null, Reserved = null, ReservedReason = null, SessionId = null, OtherSessions = null });

    /// <summary>ForceMemberOffline: offline now and refused everything until restored.</summary>
    public PresenceDecision ForceOffline(AgentPresenceState state) =>
        PresenceDecision.To(new AgentPresenceState(AgentStatus.Offline, ForcedOffline: true));

    /// <summary>RestoreMemberOnline: the agent may log in again; they stay offline until they do.</summary>
    public PresenceDecision Restore(AgentPresenceState state) => PresenceDecision.To(state with { ForcedOffline = false });

    private PresenceDecision Online(AgentPresenceState state) =>
        PresenceDecision.To(state.Status == AgentStatus.Offline ? state with { Status = initialStatus, Reason = null } : state);

    private static PresenceDecision Offline(AgentPresenceState state) => state.Status switch
    {
        AgentStatus.Busy => PresenceDecision.Refuse(state, "The agent is in a session and can go offline when it ends."),
        _ => PresenceDecision.To(state with { Status = AgentStatus.Offline, Reason = null, Reserved = null, ReservedReason = null }),
    };

    private static PresenceDecision Free(AgentPresenceState state) => state.Status switch
    {
        AgentStatus.Offline => NotOnline(state),
        AgentStatus.Busy when state.Reserved is not null => PresenceDecision.To(state with { Reserved = null, ReservedReason = null }),
        AgentStatus.Busy => PresenceDecision.Refuse(state, "The agent is in a session and becomes free when it ends."),
        _ => PresenceDecision.To(state with { Status = AgentStatus.Free, Reason = null, Reserved = null, ReservedReason = null }),
    };

    private static PresenceDecision NotReady(AgentPresenceState state) => state.Status switch
    {
        AgentStatus.Offline => NotOnline(state),
        AgentStatus.Busy => PresenceDecision.To(state with { Reserved = AgentStatus.NotReady, ReservedReason = null }),
        _ => PresenceDecision.To(state with { Status = AgentStatus.NotReady, Reason = null, Reserved = null, ReservedReason = null }),
    };

    private static PresenceDecision StopNotReady(AgentPresenceState state) => state switch
    {
        { Status: AgentStatus.NotReady } => PresenceDecision.To(state with { Status = AgentStatus.Free }),
        { Status: AgentStatus.Busy, Reserved: AgentStatus.NotReady } => PresenceDecision.To(state with { Reserved = null }),
        _ => PresenceDecision.Refuse(state, "The agent is not in notReady, nor booked for it."),
    };

    private static PresenceDecision Rest(AgentPresenceState state, string? reason, IReadOnlyCollection<string> restReasons)
    {
        if (string.IsNullOrEmpty(reason))
            return PresenceDecision.Refuse(state, $"A rest needs a reason, one of: {string.Join(", ", restReasons)}.");
        if (!restReasons.Contains(reason, StringComparer.Ordinal))
            return PresenceDecision.Refuse(state, $"'{reason}' is not a rest reason of this application; use one of: {string.Join(", ", restReasons)}.");
        return state.Status switch
        {
            AgentStatus.Offline => NotOnline(state),
            AgentStatus.Busy => PresenceDecision.To(state with { Reserved = AgentStatus.Rest, ReservedReason = reason }),
            _ => PresenceDecision.To(state with { Status = AgentStatus.Rest, Reason = reason, Reserved = null, ReservedReason = null }),
        };
    }

    private static PresenceDecision Arrange(AgentPresenceState state) => state.Status switch
    {
        AgentStatus.Offline => NotOnline(state),
        AgentStatus.Busy => PresenceDecision.Refuse(state, "The agent is in a session; after-call work follows it by itself."),
        _ => PresenceDecision.To(state with { Status = AgentStatus.Arrange, Reason = null, Reserved = null, ReservedReason = null }),
    };

    private static AgentPresenceState AfterSession(AgentPresenceState state) => state with
    {
        Status = state.Reserved ?? AgentStatus.Free,
        Reason = state.Reserved == AgentStatus.Rest ? state.ReservedReason : null,
        Reserved = null,
        ReservedReason = null,
        SessionId = null,
        OtherSessions = null,
    };

    private static PresenceDecision NotOnline(AgentPresenceState state) =>
        PresenceDecision.Refuse(state, "The agent is offline; they must log in to the workstation first.");
}
