namespace Switchboard.Routing;

/// <summary>One skill group: its settings, members and waiting sessions in queue order.</summary>
internal sealed class SkillGroupQueue(SkillGroupSettings settings)
{
    private readonly List<RoutedSession> _waiting = [];

    public long Id => Settings.SkillGroupId;
    public SkillGroupSettings Settings { get; set; } = settings;

    /// <summary>Agent id → agent, for every member; the priority is in <see cref="RoutedAgent.Memberships"/>.</summary>
    public Dictionary<string, RoutedAgent> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>Waiting sessions, higher priority first, then by arrival.</summary>
    public IReadOnlyList<RoutedSession> Waiting => _waiting;

    public RoutedSession? Head => _waiting.Count == 0 ? null : _waiting[0];

    /// <summary>
    /// Sessions offered to everyone in this (ring-all) group, which agents free later may join. Entries go stale
    /// when the offer ends (taken, rung out, withdrawn, ended) and are dropped when the group is next looked at.
    /// </summary>
    public HashSet<RoutedSession> RingingEveryone { get; } = [];

    /// <summary>Puts the session at its place: a session coming back from an offer returns ahead of later arrivals.</summary>
    public void Insert(RoutedSession session)
    {
        var index = _waiting.BinarySearch(session, QueueOrder.Instance);
        _waiting.Insert(index < 0 ? ~index : index, session);
    }

    public void RemoveAt(int index) => _waiting.RemoveAt(index);

    public void Remove(RoutedSession session)
    {
        var index = IndexOf(session);
        if (index >= 0) _waiting.RemoveAt(index);
    }

    /// <summary>The 0-based queue index of a waiting session, or -1.</summary>
    public int IndexOf(RoutedSession session)
    {
        var index = _waiting.BinarySearch(session, QueueOrder.Instance);
        return index >= 0 && ReferenceEquals(_waiting[index], session) ? index : -1;
    }

    /// <summary>Higher priority first, then earlier arrival; arrivals are unique, so the order is total and stable.</summary>
    public sealed class QueueOrder : IComparer<RoutedSession>
    {
        public static QueueOrder Instance { get; } = new();

        public int Compare(RoutedSession? x, RoutedSession? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var byPriority = y.Priority.CompareTo(x.Priority);
            return byPriority != 0 ? byPriority : x.Arrival.CompareTo(y.Arrival);
        }
    }
}
