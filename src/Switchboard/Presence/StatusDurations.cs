namespace Switchboard.Presence;

/// <summary>How long an agent spent in each state between two instants, added up from their status history.</summary>
public sealed class StatusDurations
{
    private readonly long[] _milliseconds = new long[Enum.GetValues<AgentStatus>().Length];

    /// <summary>Whole seconds in <paramref name="status"/>.</summary>
    public long SecondsIn(AgentStatus status) => _milliseconds[(int)status] / 1000;

    /// <summary>Whole seconds in any state but offline.</summary>
    public long OnlineSeconds => (_milliseconds.Sum() - _milliseconds[(int)AgentStatus.Offline]) / 1000;

    /// <summary>
    /// Adds up the time from <paramref name="fromMs"/> to <paramref name="toMs"/>: the agent was in
    /// <paramref name="statusAtStart"/> until the first of <paramref name="changes"/> (in order, all within the
    /// span), then in each entered state until the next one.
    /// </summary>
    public static StatusDurations Between(long fromMs, long toMs, AgentStatus statusAtStart, IEnumerable<(long TimestampMs, AgentStatus Status)> changes)
    {
        var durations = new StatusDurations();
        var current = statusAtStart;
        var since = fromMs;
        foreach (var (timestampMs, status) in changes)
        {
            var at = Math.Clamp(timestampMs, since, toMs);
            durations._milliseconds[(int)current] += at - since;
            current = status;
            since = at;
        }
        durations._milliseconds[(int)current] += Math.Max(0, toMs - since);
        return durations;
    }
}
