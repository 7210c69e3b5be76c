namespace Switchboard.Client;

/// <summary>One service of a chat session by one skill group and, if one took it, one agent.</summary>
public sealed record IMCdrInfo
{
    /// <summary>The record's id; <see cref="DescribeChatMessagesRequest.CdrId"/> reads this service's messages.</summary>
    public string Id { get; init; } = "";

    /// <summary>The chat session; a transferred session has one record per service with the same id.</summary>
    public string SessionId { get; init; } = "";

    /// <summary>Whole seconds from the agent's accept to the end of this service; 0 when no agent accepted.</summary>
    public long Duration { get; init; }

    /// <summary>IM end status: 0 abnormal, 1 normal, 3 no agent online, 17 agent declined, 100 blacklisted, 101 transferred, 102 left in IVR, 108 visitor timed out, 109 visitor ended.</summary>
    public long EndStatus { get; init; }

    /// <summary>The visitor's nickname.</summary>
    public string Nickname { get; init; } = "";

    /// <summary>1 omni-channel, 2 text chat (always 2 from Switchboard).</summary>
    public long Type { get; init; }

    /// <summary>Mail of the agent who served; empty when none did.</summary>
    public string StaffId { get; init; } = "";

    /// <summary>Unix seconds when the session entered the skill group.</summary>
    public long Timestamp { get; init; }

    /// <summary>The skill group, as a string (the spec's type).</summary>
    public string SkillGroupId { get; init; } = "";

    /// <summary>The skill group's name when the service happened.</summary>
    public string SkillGroupName { get; init; } = "";

    /// <summary>The visitor's rating; Switchboard does not collect one, so it is always absent.</summary>
    public IMSatisfaction? Satisfaction { get; init; }

    /// <summary>The visitor's id: the business's user id for signed visitors, one Switchboard issued otherwise.</summary>
    public string ClientUserId { get; init; } = "";
}
