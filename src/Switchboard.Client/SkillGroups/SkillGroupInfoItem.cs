namespace Switchboard.Client;

/// <summary>A skill group as DescribeSkillGroupInfoList reports it.</summary>
public sealed record SkillGroupInfoItem
{
    /// <summary>Id of the skill group.</summary>
    public long SkillGroupId { get; init; }

    /// <summary>Name, unique within the application.</summary>
    public string? SkillGroupName { get; init; }

    /// <summary>Deprecated channel label: <c>TEL</c>, <c>IM</c> or <c>ALL</c>; see <see cref="SkillGroupType"/>.</summary>
    public string? Type { get; init; }

    /// <summary>How contacts are distributed among members, e.g. <c>ROUTE_POLICY_LONGEST_IDLE</c>.</summary>
    public string? RoutePolicy { get; init; }

    /// <summary>1 when a returning customer is offered to the agent who served them last, else 0.</summary>
    public long? UsingLastSeat { get; init; }

    /// <summary>Sessions of this group one agent may hold at once.</summary>
    public long? MaxConcurrency { get; init; }

    /// <summary>Unix seconds of the last change to the group.</summary>
    public long? LastModifyTimestamp { get; init; }

    /// <summary>0 phone, 1 online chat, 3 audio, 4 video.</summary>
    public long? SkillGroupType { get; init; }

    /// <summary>Internal number of the group, empty when none.</summary>
    public string? Alias { get; init; }

    /// <summary>True when every free member rings at once, false when members ring one after another.</summary>
    public bool? RingAll { get; init; }
}
