namespace Switchboard.Client;

/// <summary>Input of CreateCCCSkillGroup: creates a skill group (a queue of one channel).</summary>
public sealed record CreateCCCSkillGroupRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Name, unique within the application.</summary>
    public required string SkillGroupName { get; init; }

    /// <summary>0 phone, 1 online chat, 3 audio, 4 video.</summary>
    public required long SkillGroupType { get; init; }

    /// <summary>Sessions one agent may hold at once; default 1, and only online chat groups may exceed 1.</summary>
    public long? MaxConcurrency { get; init; }
}
