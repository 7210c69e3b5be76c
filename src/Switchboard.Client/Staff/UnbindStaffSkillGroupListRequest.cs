namespace Switchboard.Client;

/// <summary>Input of UnbindStaffSkillGroupList: removes an agent from skill groups.</summary>
public sealed record UnbindStaffSkillGroupListRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Mail of the agent.</summary>
    public required string StaffEmail { get; init; }

    /// <summary>Ids of the skill groups to leave; groups the agent is not in are skipped.</summary>
    public required IReadOnlyList<long> SkillGroupList { get; init; }
}
