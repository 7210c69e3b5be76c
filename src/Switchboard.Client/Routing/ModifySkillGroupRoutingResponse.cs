namespace Switchboard.Client;

/// <summary>Output of ModifySkillGroupRouting: the group's settings after the change.</summary>
public sealed record ModifySkillGroupRoutingResponse : CccResponse
{
    /// <summary>Every setting as it now applies, defaults included.</summary>
    public SkillGroupRoutingInfo? Routing { get; init; }
}
