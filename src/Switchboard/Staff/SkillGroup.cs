namespace Switchboard.Staff;

/// <summary>A queue of contacts of one kind, served by the agents who are its members.</summary>
public sealed class SkillGroup
{
    public long Id { get; set; }
    public long SdkAppId { get; set; }
    public required string Name { get; set; }
    /// <summary>0 phone, 1 online chat, 3 audio, 4 video (<see cref="SkillGroupType"/>).</summary>
    public int Type { get; set; }
    /// <summary>Concurrent sessions one agent may hold from this group.</summary>
    public int MaxConcurrency { get; set; } = 1;
    /// <summary>Ring every member at once instead of one after another.</summary>
    public bool RingAll { get; set; }
    /// <summary>Distribution strategy name, as DescribeSkillGroupInfoList reports it.</summary>
    public string RoutePolicy { get; set; } = "ROUTE_POLICY_LONGEST_IDLE";
    /// <summary>1 = prefer the last agent who served the customer.</summary>
    public int UsingLastSeat { get; set; }
    public string? Alias { get; set; }
    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }
    /// <summary>Unix seconds.</summary>
    public long LastModifyTimestamp { get; set; }
    public List<SkillGroupMembership> Memberships { get; set; } = [];
}
