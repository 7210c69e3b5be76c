namespace Switchboard.Client;

/// <summary>Output of CreateCCCSkillGroup.</summary>
public sealed record CreateCCCSkillGroupResponse : CccResponse
{
    /// <summary>Id of the new skill group.</summary>
    public long SkillGroupId { get; init; }
}
