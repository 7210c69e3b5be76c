namespace Switchboard.Routing;

/// <summary>The engine's live record of one agent.</summary>
internal sealed class RoutedAgent(string id, AgentCapacity capacity, DateTimeOffset now)
{
    private int _voiceLoad;
    private int _chatLoad;

    public string Id { get; } = id;
    public AgentCapacity Capacity { get; set; } = capacity;
    public AgentAvailability Availability { get; set; } = AgentAvailability.Offline;
    public DateTimeOffset? AfterCallWorkUntil { get; set; }
    public long AfterCallWorkToken { get; set; }
    public DateTimeOffset LastIdleAt { get; set; } = now;
    public int SessionsToday { get; set; }

    /// <summary>Skill group id → membership priority (1 highest … 5 lowest).</summary>
    public Dictionary<long, int> Memberships { get; } = [];

    /// <summary>Sessions ringing or assigned to the agent.</summary>
    public List<RoutedSession> Sessions { get; } = [];

    public int VoiceLoad => _voiceLoad;
    public int ChatLoad => _chatLoad;

    public int LoadFor(RoutingChannel channel) => channel == RoutingChannel.Chat ? _chatLoad : _voiceLoad;

    /// <summary>Free now, and with room for one more session of <paramref name="group"/>.</summary>
    public bool CanTake(SkillGroupQueue group)
    {
        if (Availability != AgentAvailability.Available || AfterCallWorkUntil is not null) return false;
        var channel = group.Settings.Channel;
        return LoadFor(channel) < Math.Min(Capacity.For(channel), group.Settings.MaxConcurrency);
    }

    public void Hold(RoutedSession session)
    {
        Sessions.Add(session);
        if (session.Channel == RoutingChannel.Chat) _chatLoad++; else _voiceLoad++;
    }

    public void Release(RoutedSession session)
    {
        Sessions.Remove(session);
        if (session.Channel == RoutingChannel.Chat) _chatLoad--; else _voiceLoad--;
    }
}
