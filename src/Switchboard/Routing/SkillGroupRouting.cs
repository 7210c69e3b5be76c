namespace Switchboard.Routing;

/// <summary>
/// A skill group's routing settings beyond what TCCC's skill group actions carry (strategy and "prefer the last
/// agent" live on the skill group itself, as <c>DescribeSkillGroupInfoList</c> reports them). A group without a
/// row, or a null column, takes the <c>Routing</c> section's default. Written by <c>ModifySkillGroupRouting</c>.
/// </summary>
public sealed class SkillGroupRouting
{
    public long SkillGroupId { get; set; }
    public long SdkAppId { get; set; }
    /// <summary>Seconds an offer rings before it passes to the next agent.</summary>
    public int? RingTimeoutSeconds { get; set; }
    /// <summary>An agent who lets an offer ring out becomes notReady.</summary>
    public bool? NotReadyOnNoAnswer { get; set; }
    /// <summary>Offers are taken at once, without ringing.</summary>
    public bool? AutoAccept { get; set; }
    /// <summary>Seconds of after-call work (arrange) after each session; 0 = free at once.</summary>
    public int? AfterCallWorkSeconds { get; set; }
    /// <summary>Seconds a session may wait before it overflows or ends; 0 = no limit.</summary>
    public int? MaxWaitSeconds { get; set; }
    /// <summary>Where a session goes when the maximum wait passes; null ends it.</summary>
    public long? OverflowSkillGroupId { get; set; }
    /// <summary>Seconds a returning customer waits for the agent who served them last.</summary>
    public int? LastAgentWaitSeconds { get; set; }
    /// <summary>A session arriving while no member is logged in ends at once (IM EndStatus 3).</summary>
    public bool? EndWhenNoAgentOnline { get; set; }
    /// <summary>Seconds of visitor silence after which a chat ends with IM EndStatus 108; 0 = never.</summary>
    public int? VisitorIdleTimeoutSeconds { get; set; }
    /// <summary>Unix seconds.</summary>
    public long UpdatedAt { get; set; }
}
