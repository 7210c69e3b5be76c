namespace Switchboard.Client;

/// <summary>Input of UpdateCCCSkillGroup: renames a skill group or changes how it rings.</summary>
public sealed record UpdateCCCSkillGroupRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Id of the skill group. The capital <c>ID</c> is TCCC's spelling for this action only.</summary>
    public required long SkillGroupID { get; init; }

    /// <summary>New name, unique within the application.</summary>
    public string? SkillGroupName { get; init; }

    /// <summary>New per-agent concurrency; at most 2 in a ring-all group, exactly 1 unless the group is online chat.</summary>
    public long? MaxConcurrency { get; init; }

    /// <summary>True rings every free member at once, false one after another.</summary>
    public bool? RingAll { get; init; }
}
