namespace Switchboard.Chat;

/// <summary>
/// One service of a chat session by one skill group (and agent, if one took it): a row of <c>DescribeIMCdrs</c>
/// (IMCdrInfo). A transferred session has a record per service; the transferred one ends with 101. A session that
/// never reached an agent has one record without an agent.
/// </summary>
public sealed class ChatServiceRecord
{
    public long Id { get; set; }
    public long SdkAppId { get; set; }
    public required string SessionId { get; set; }
    /// <summary>The serving agent's mail as stored (<c>StaffId</c>), or null when no agent took the session.</summary>
    public string? AgentMail { get; set; }
    public long SkillGroupId { get; set; }
    public required string SkillGroupName { get; set; }
    public required string VisitorId { get; set; }
    public required string Nickname { get; set; }
    /// <summary>Unix milliseconds: when the session entered the skill group.</summary>
    public long StartedAtMs { get; set; }
    /// <summary>Unix milliseconds of the agent's accept.</summary>
    public long? AcceptedAtMs { get; set; }
    /// <summary>Unix milliseconds.</summary>
    public long EndedAtMs { get; set; }
    /// <summary>IM EndStatus (spec B.5).</summary>
    public int EndStatus { get; set; }
    /// <summary>The visitor's rating (<c>IMCdrInfo.Satisfaction.Id</c>); only on the session's last served record.</summary>
    public int? SatisfactionId { get; set; }
    /// <summary>The rating's label as the visitor saw it, kept even if the scale changes later.</summary>
    public string? SatisfactionLabel { get; set; }
    /// <summary>Unix milliseconds of the rating.</summary>
    public long? RatedAtMs { get; set; }
}
