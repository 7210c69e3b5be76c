namespace Switchboard.WebRtcLoad;

/// <summary>
/// The window of sender ticks being measured: packets stamped with a tick in [<see cref="FirstTick"/>,
/// <see cref="EndTick"/>) are expected once each at the peer; the rest of the traffic keeps the calls alive.
/// </summary>
internal sealed class Measurement(double lateAfterMilliseconds)
{
    private long _firstTick = long.MaxValue;
    private long _endTick = long.MaxValue;
    private long _received;
    private long _late;

    /// <summary>One-way delay beyond which a packet would miss its playout in a browser's jitter buffer.</summary>
    public double LateAfterMilliseconds { get; } = lateAfterMilliseconds;

    public DelayHistogram Delays { get; } = new();

    public long FirstTick => Volatile.Read(ref _firstTick);

    public long EndTick => Volatile.Read(ref _endTick);

    public long Received => Interlocked.Read(ref _received);

    public long Late => Interlocked.Read(ref _late);

    /// <summary>Starts counting the ticks [first, end).</summary>
    public void Begin(long first, long end)
    {
        Delays.Clear();
        Interlocked.Exchange(ref _received, 0);
        Interlocked.Exchange(ref _late, 0);
        Volatile.Write(ref _endTick, end);
        Volatile.Write(ref _firstTick, first);
    }

    /// <summary>Stops counting; later arrivals are ignored.</summary>
    public void Stop() => Volatile.Write(ref _firstTick, long.MaxValue);

    /// <summary>Counts one received stamped packet.</summary>
    public void Record(long tick, double delayMilliseconds)
    {
        if (tick < FirstTick || tick >= EndTick) return;
        Interlocked.Increment(ref _received);
        if (delayMilliseconds > LateAfterMilliseconds) Interlocked.Increment(ref _late);
        Delays.Record(delayMilliseconds);
    }
}
