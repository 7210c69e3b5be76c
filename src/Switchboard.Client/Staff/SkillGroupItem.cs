namespace Switchboard.Client;

/// <summary>One skill group membership of an agent (<see cref="StaffInfo.SkillGroupList"/>).</summary>
public sealed record SkillGroupItem
{
    /// <summary>Id of the skill group.</summary>
    public long SkillGroupId { get; init; }

    /// <summary>Name of the skill group.</summary>
    public string? SkillGroupName { get; init; }

    /// <summary>The agent's priority in the group: 1 highest … 5 lowest.</summary>
    public long Priority { get; init; }

    /// <summary>Channel of the group: <c>TEL</c>, <c>IM</c> or <c>ALL</c>.</summary>
    public string? Type { get; init; }
}
