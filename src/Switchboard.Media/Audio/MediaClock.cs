namespace Switchboard.Media.Audio;

/// <summary>
/// The 20 ms heartbeat of a media session. Tick n is due at exactly start + n × 20 ms: each wake-up is scheduled
/// against that absolute time, never by adding a delay to the previous wake-up, so timer lateness never
/// accumulates (an hour is exactly 180,000 ticks).
/// </summary>
/// <remarks>
/// When the process falls behind (a GC pause, an overloaded machine) the clock catches up by running the missed
/// ticks back to back, as long as no more than <see cref="MaxCatchUpTicks"/> are missed; audio then stays
/// continuous and only arrives in a burst. Further behind than that, the clock runs the current tick once,
/// counts the rest in <see cref="SkippedTicks"/> and carries on from the present: a burst of seconds of stale audio
/// would be worse than a gap. The tick number passed to the callback jumps by the skipped count, so a sender can
/// move its RTP timestamps on by the same amount. The callback runs on one thread at a time; an exception in it is
/// counted in <see cref="Faults"/> and does not stop the clock.
/// </remarks>
public sealed class MediaClock : IDisposable
{
    /// <summary>The period of the clock.</summary>
    public static readonly TimeSpan Period = AudioFrame.Duration;

    private readonly TimeProvider _time;
    private readonly Action<long> _onTick;
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private long _start;
    private long _nextTick = 1;
    private bool _disposed;

    /// <summary>Creates a stopped clock calling <paramref name="onTick"/> with the tick number (1, 2, …).</summary>
    public MediaClock(TimeProvider time, Action<long> onTick, int maxCatchUpTicks = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCatchUpTicks);
        _time = time;
        _onTick = onTick;
        MaxCatchUpTicks = maxCatchUpTicks;
    }

    /// <summary>Most missed ticks run back to back before the clock skips instead.</summary>
    public int MaxCatchUpTicks { get; }

    /// <summary>Ticks run so far.</summary>
    public long Ticks { get; private set; }

    /// <summary>Ticks run late, back to back, to catch up.</summary>
    public long CaughtUpTicks { get; private set; }

    /// <summary>Ticks dropped because the process was too far behind.</summary>
    public long SkippedTicks { get; private set; }

    /// <summary>Exceptions thrown by the tick callback.</summary>
    public long Faults { get; private set; }

    /// <summary>Starts ticking; the first tick is one period from now.</summary>
    public void Start()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_timer is not null) return;
            _start = _time.GetTimestamp();
            _timer = _time.CreateTimer(_ => OnTimer(), null, Period, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Stops the clock; a tick already running finishes.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
        }
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            if (_disposed) return;
            var elapsed = _time.GetElapsedTime(_start);
            var due = elapsed.Ticks / Period.Ticks;
            var behind = due - _nextTick;
            if (behind > MaxCatchUpTicks)
            {
                SkippedTicks += behind;
                _nextTick += behind;
            }
            while (_nextTick <= due)
            {
                if (_nextTick < due) CaughtUpTicks++;
                Run(_nextTick++);
            }
            var wait = TimeSpan.FromTicks(_nextTick * Period.Ticks) - _time.GetElapsedTime(_start);
            _timer?.Change(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private void Run(long tick)
    {
        Ticks++;
        try
        {
            _onTick(tick);
        }
        catch (Exception)
        {
            // A faulty session must not stop the heartbeat of the others sharing this clock.
            Faults++;
        }
    }
}
