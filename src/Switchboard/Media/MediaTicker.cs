using Switchboard.Media.Audio;

namespace Switchboard.Media;

/// <summary>
/// The node's one 20 ms media clock: every room, echo and relay ticks on it in turn. One clock rather than one per
/// session keeps a node with hundreds of calls at 50 wake-ups a second instead of 50 per call; each tick is a few
/// microseconds per session, far inside the 20 ms budget. A session that throws is counted and skipped; the
/// others still tick.
/// </summary>
public sealed class MediaTicker : IDisposable
{
    private readonly Lock _gate = new();
    private readonly MediaClock _clock;
    private Action[] _sessions = [];
    private long _faults;

    /// <summary>A stopped clock; it starts when the first session is added.</summary>
    public MediaTicker(TimeProvider time) => _clock = new MediaClock(time, _ => Tick());

    /// <summary>Sessions ticking now.</summary>
    public int Count => Volatile.Read(ref _sessions).Length;

    /// <summary>Ticks the clock ran late to catch up, and ticks it skipped because the node was too far behind.</summary>
    public (long CaughtUp, long Skipped) Lateness => (_clock.CaughtUpTicks, _clock.SkippedTicks);

    /// <summary>Exceptions thrown by sessions' ticks.</summary>
    public long Faults => Interlocked.Read(ref _faults);

    /// <summary>Calls <paramref name="tick"/> every 20 ms until the returned handle is disposed.</summary>
    public IDisposable Add(Action tick)
    {
        lock (_gate)
        {
            _sessions = [.. _sessions, tick];
            _clock.Start();
        }
        return new Subscription(this, tick);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate) _sessions = [];
        _clock.Dispose();
    }

    private void Remove(Action tick)
    {
        lock (_gate) _sessions = [.. _sessions.Where(session => session != tick)];
    }

    private void Tick()
    {
        foreach (var session in Volatile.Read(ref _sessions))
        {
            try
            {
                session();
            }
            catch (Exception)
            {
                Interlocked.Increment(ref _faults);
            }
        }
    }

    private sealed class Subscription(MediaTicker ticker, Action tick) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) ticker.Remove(tick);
        }
    }
}
