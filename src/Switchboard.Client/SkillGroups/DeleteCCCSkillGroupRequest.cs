namespace Switchboard.Client;

/// <summary>Input of DeleteCCCSkillGroup: deletes a skill group that has no members.</summary>
public sealed record DeleteCCCSkillGroupRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Id of the skill group.</summary>
    public required long SkillGroupId { get; init; }
}
