namespace Switchboard.Client;

/// <summary>Input of DescribeSkillGroupRouting (a Switchboard extension).</summary>
public sealed record DescribeSkillGroupRoutingRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>The skill group.</summary>
    public required long SkillGroupId { get; init; }
}
