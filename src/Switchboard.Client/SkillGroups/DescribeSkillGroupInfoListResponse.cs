namespace Switchboard.Client;

/// <summary>Output of DescribeSkillGroupInfoList.</summary>
public sealed record DescribeSkillGroupInfoListResponse : CccResponse
{
    /// <summary>Number of skill groups matching the filters, over all pages.</summary>
    public long TotalCount { get; init; }

    /// <summary>The skill groups of the requested page.</summary>
    public IReadOnlyList<SkillGroupInfoItem> SkillGroupList { get; init; } = [];
}
