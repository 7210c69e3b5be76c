namespace Switchboard.Staff;

/// <summary>
/// A write to one application's agents, skill groups or memberships, in flight until disposed
/// (<see cref="StaffReadCache.BeginWrite"/>). Dispose it after the write commits or fails, never before.
/// </summary>
public sealed class StaffWrite : IDisposable
{
    private Action? _end;

    internal StaffWrite(Action end) => _end = end;

    /// <summary>Ends the write: pages read before it can no longer be served. Later calls do nothing.</summary>
    public void Dispose() => Interlocked.Exchange(ref _end, null)?.Invoke();
}
