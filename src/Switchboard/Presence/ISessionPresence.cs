namespace Switchboard.Presence;

/// <summary>
/// What routing tells presence about sessions: the only way an agent becomes busy and, through after-call work,
/// free again. Implemented by the same directory as <see cref="IPresenceDirectory"/>.
/// </summary>
public interface ISessionPresence
{
    /// <summary>The agent took <paramref name="sessionId"/>: busy. Refused unless the agent is free, notReady or in after-call work.</summary>
    Task<PresenceOutcome> BeginSessionAsync(AgentKey agent, string sessionId);

    /// <summary>
    /// <paramref name="sessionId"/> ended: after-call work for <c>Presence:AfterCallWorkSeconds</c>, then the state
    /// booked during the session (rest or notReady) or free.
    /// </summary>
    Task<PresenceOutcome> EndSessionAsync(AgentKey agent, string sessionId);

    /// <summary>
    /// <paramref name="sessionId"/> ended, followed by <paramref name="afterCallWork"/> of after-call work (the skill
    /// group's setting, which routing owns) once the agent holds no other session.
    /// </summary>
    Task<PresenceOutcome> EndSessionAsync(AgentKey agent, string sessionId, TimeSpan afterCallWork);
}
