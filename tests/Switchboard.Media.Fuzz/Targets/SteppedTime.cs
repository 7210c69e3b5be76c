namespace Switchboard.Media.Fuzz.Targets;

/// <summary>
/// A clock that only moves when a target says so and whose timers never fire, so a run depends on its input alone:
/// afl-fuzz sees the same path for the same bytes, and no timer thread outlives the input.
/// </summary>
internal sealed class SteppedTime : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks;

    public override DateTimeOffset GetUtcNow() => Start.AddTicks(_ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new NeverTimer();

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by) => _ticks += by.Ticks;

    private sealed class NeverTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
