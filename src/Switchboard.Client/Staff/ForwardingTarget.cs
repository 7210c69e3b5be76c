namespace Switchboard.Client;

/// <summary>Destination of forwarded calls: another agent, a skill group or an extension.</summary>
public sealed record ForwardingTarget
{
    /// <summary>1 agent (<see cref="StaffUserId"/>), 2 skill group (<see cref="SkillGroupId"/>), 3 extension (<see cref="Extension"/>).</summary>
    public long? Type { get; init; }

    /// <summary>Mail of the agent to forward to, when <see cref="Type"/> is 1.</summary>
    public string? StaffUserId { get; init; }

    /// <summary>Id of the skill group to forward to, when <see cref="Type"/> is 2.</summary>
    public long? SkillGroupId { get; init; }

    /// <summary>Extension to forward to, when <see cref="Type"/> is 3.</summary>
    public string? Extension { get; init; }
}
