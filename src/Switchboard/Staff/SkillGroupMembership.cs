namespace Switchboard.Staff;

/// <summary>An agent's membership of a skill group, with the agent's priority in it (1 highest … 5 lowest).</summary>
public sealed class SkillGroupMembership
{
    public long AgentId { get; set; }
    public Agent? Agent { get; set; }
    public long SkillGroupId { get; set; }
    public SkillGroup? SkillGroup { get; set; }
    public int Priority { get; set; } = 3;
}
