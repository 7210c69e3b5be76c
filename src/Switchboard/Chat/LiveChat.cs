namespace Switchboard.Chat;

/// <summary>The desk's live record of one open session: its stored row plus what only matters while it runs.</summary>
internal sealed class LiveChat(ChatSession row, long serviceStartedAtMs)
{
    public ChatSession Row { get; } = row;
    public string Id => Row.Id;

    /// <summary>When the current service (a stay in one group, then one agent) began: a record's start.</summary>
    public long ServiceStartedAtMs { get; set; } = serviceStartedAtMs;

    /// <summary>When the current agent accepted it, for the current record.</summary>
    public long? ServiceAcceptedAtMs { get; set; }

    /// <summary>The agents being rung now (one, or every candidate of a ring-all group), each with when their offer rings out.</summary>
    public Dictionary<string, DateTimeOffset> Ringing { get; } = new(StringComparer.Ordinal);

    /// <summary>When the current offer started ringing.</summary>
    public long RingStartedAtMs { get; set; }

    public int? QueuePosition { get; set; }

    /// <summary>Who is ending it and, when routing's own status is not the right one, the IM EndStatus to record.</summary>
    public (string CloseBy, int? EndStatus)? PendingClose { get; set; }

    /// <summary>Every agent who served it, for access to its transcript and attachments.</summary>
    public HashSet<string> ServedBy { get; } = new(StringComparer.Ordinal);

    public bool IsParticipant(ChatSender who) => who.Role switch
    {
        ChatParticipantRole.Visitor => who.Id == Row.VisitorId,
        ChatParticipantRole.Agent => Ringing.ContainsKey(who.Id) || who.Id == Row.AgentMailKey || ServedBy.Contains(who.Id),
        _ => false,
    };
}
