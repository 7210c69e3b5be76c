namespace Switchboard.Client;

/// <summary>Input of DescribeSkillGroupInfoList: one page of an application's skill groups, oldest first.</summary>
public sealed record DescribeSkillGroupInfoListRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Skill groups per page, 1 to 100.</summary>
    public required long PageSize { get; init; }

    /// <summary>Page to return, counted from 0.</summary>
    public required long PageNumber { get; init; }

    /// <summary>Only the group with this id.</summary>
    public long? SkillGroupId { get; init; }

    /// <summary>Only groups changed at or after this time (unix seconds).</summary>
    public long? ModifiedTime { get; init; }

    /// <summary>Only the group with exactly this name.</summary>
    public string? SkillGroupName { get; init; }
}
