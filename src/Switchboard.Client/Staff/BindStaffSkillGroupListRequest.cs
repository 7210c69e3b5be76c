namespace Switchboard.Client;

/// <summary>Input of BindStaffSkillGroupList: adds an agent to skill groups (or changes its priority there).</summary>
public sealed record BindStaffSkillGroupListRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Mail of the agent.</summary>
    public required string StaffEmail { get; init; }

    /// <summary>Skill groups to join, each with the agent's priority.</summary>
    public required IReadOnlyList<StaffSkillGroupList> StaffSkillGroupList { get; init; }

    /// <summary>Deprecated form: skill group ids joined with priority 3.</summary>
    public IReadOnlyList<long>? SkillGroupList { get; init; }
}
