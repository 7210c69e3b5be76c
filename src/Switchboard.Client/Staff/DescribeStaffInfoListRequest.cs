namespace Switchboard.Client;

/// <summary>Input of DescribeStaffInfoList: one page of an application's agents, oldest first.</summary>
public sealed record DescribeStaffInfoListRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Agents per page, 1 to 9999.</summary>
    public required long PageSize { get; init; }

    /// <summary>Page to return, counted from 0.</summary>
    public required long PageNumber { get; init; }

    /// <summary>Only the agent with this mail.</summary>
    public string? StaffMail { get; init; }

    /// <summary>Only agents changed at or after this time (unix seconds).</summary>
    public long? ModifiedTime { get; init; }

    /// <summary>Only members of this skill group.</summary>
    public long? SkillGroupId { get; init; }
}
