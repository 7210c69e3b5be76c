namespace Switchboard.Presence;

/// <summary>
/// Hears every change of an agent's status (not of their connections) on the node where the agent's grain runs: routing learns here who
/// may take sessions. Called from inside the grain's turn, so it must only queue work (a one-way grain call), never
/// block. The grain yields before calling, so the call does not leave while the grain holds its activation lock
/// (a grain calling this one at the same moment would otherwise deadlock with it; see AgentPresenceGrain).
/// </summary>
public interface IPresenceListener
{
    /// <summary>The agent's presence is now <paramref name="view"/>.</summary>
    void StatusChanged(AgentKey agent, PresenceView view);
}
