namespace Switchboard.Client;

/// <summary>Output of DescribeSkillGroupRouting.</summary>
public sealed record DescribeSkillGroupRoutingResponse : CccResponse
{
    /// <summary>Every setting as it applies, defaults included.</summary>
    public SkillGroupRoutingInfo? Routing { get; init; }
}
