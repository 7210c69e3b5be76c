namespace Switchboard.Staff;

/// <summary>What a <see cref="SkillGroupType"/> means for the API: valid values, labels, concurrency.</summary>
internal static class SkillGroupChannel
{
    /// <summary>Upper bound of per-agent concurrency in online chat groups (phone-like groups are always 1).</summary>
    public const int MaxChatConcurrency = 100;

    public static bool IsDefined(long type) => type is (long)SkillGroupType.Phone or (long)SkillGroupType.OnlineChat
        or (long)SkillGroupType.Audio or (long)SkillGroupType.Video;

    /// <summary>
    /// The deprecated <c>Type</c> label of SkillGroupItem / SkillGroupInfoItem. TCCC predates audio and video
    /// groups; audio is a voice channel like the phone ("TEL"), video carries more than voice ("ALL").
    /// </summary>
    public static string Label(int type) => (SkillGroupType)type switch
    {
        SkillGroupType.OnlineChat => "IM",
        SkillGroupType.Phone or SkillGroupType.Audio => "TEL",
        _ => "ALL",
    };

    /// <summary>
    /// Checks a group's per-agent concurrency against its type and ringing mode: a voice or video session
    /// occupies the agent, so only chat groups go above 1; ring-all groups allow at most 2.
    /// </summary>
    public static void RequireConcurrency(int type, long maxConcurrency, bool ringAll)
    {
        if (maxConcurrency < 1)
            throw StaffErrors.InvalidValue("MaxConcurrency", $"must be at least 1, not {maxConcurrency}.", $"至少为 1，当前为 {maxConcurrency}。");
        if ((SkillGroupType)type != SkillGroupType.OnlineChat && maxConcurrency != 1)
            throw StaffErrors.InvalidValue("MaxConcurrency",
                $"must be 1 for phone, audio and video skill groups, not {maxConcurrency}.",
                $"电话、音频、视频技能组只能为 1，当前为 {maxConcurrency}。");
        if (ringAll && maxConcurrency > 2)
            throw StaffErrors.InvalidValue("MaxConcurrency",
                $"must be at most 2 in a ring-all skill group, not {maxConcurrency}.",
                $"同振技能组最大为 2，当前为 {maxConcurrency}。");
        if (maxConcurrency > MaxChatConcurrency)
            throw StaffErrors.InvalidValue("MaxConcurrency",
                $"must be at most {MaxChatConcurrency}, not {maxConcurrency}.",
                $"最大为 {MaxChatConcurrency}，当前为 {maxConcurrency}。");
    }
}
