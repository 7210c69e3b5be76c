namespace Switchboard.Client;

/// <summary>A skill group to bind an agent to, with the agent's priority in it.</summary>
public sealed record StaffSkillGroupList
{
    /// <summary>Id of the skill group.</summary>
    public required long SkillGroupId { get; init; }

    /// <summary>The agent's priority in the group: 1 highest … 5 lowest; 3 when absent.</summary>
    public long? Priority { get; init; }
}
