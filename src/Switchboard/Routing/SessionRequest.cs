namespace Switchboard.Routing;

/// <summary>A contact that needs an agent of a skill group.</summary>
/// <param name="SessionId">The session's id, unique among the sessions the engine knows.</param>
/// <param name="SkillGroupId">The group whose queue it joins.</param>
/// <param name="CustomerId">The visitor or caller; informational for the host.</param>
/// <param name="Priority">Higher is served first; equal priorities are served in arrival order.</param>
/// <param name="LastAgentId">The agent who served this customer last, for <see cref="SkillGroupSettings.PreferLastAgent"/>.</param>
/// <param name="TargetAgentId">
/// Only this member may be offered the session (a transfer to one agent); once they let it ring out or decline it,
/// the group's strategy decides.
/// </param>
public sealed record SessionRequest(string SessionId, long SkillGroupId, string CustomerId, int Priority = 0, string? LastAgentId = null, string? TargetAgentId = null);
