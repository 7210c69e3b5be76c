namespace Switchboard.Media.Transport;

/// <summary>
/// Hands out even UDP ports for plain RTP legs (carrier side) from a configured range; the odd port above each is its
/// RTCP port. A released port goes to the back of the rotation so a late packet of an ended call does not land in
/// the next one. Thread-safe. It only books ports; the leg binds them.
/// </summary>
public sealed class RtpPortRange
{
    private readonly Lock _gate = new();
    private readonly Queue<int> _free = new();
    private readonly HashSet<int> _inUse = [];

    /// <summary>A range covering the even ports from <paramref name="firstPort"/> to <paramref name="lastPort"/> (inclusive, with RTCP on port + 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1024–65535 or without a single even/odd pair.</exception>
    public RtpPortRange(int firstPort, int lastPort)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstPort, 1024);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastPort, 65535);
        var first = firstPort + (firstPort & 1);
        if (first + 1 > lastPort) throw new ArgumentOutOfRangeException(nameof(lastPort), "The range holds no RTP/RTCP port pair.");
        for (var port = first; port + 1 <= lastPort; port += 2) _free.Enqueue(port);
        Capacity = _free.Count;
    }

    /// <summary>How many RTP ports the range holds.</summary>
    public int Capacity { get; }

    /// <summary>How many are leased now.</summary>
    public int InUse
    {
        get { lock (_gate) return _inUse.Count; }
    }

    /// <summary>Leases the next free even port; false when all are in use.</summary>
    public bool TryAllocate(out RtpPortLease? lease)
    {
        lock (_gate)
        {
            if (!_free.TryDequeue(out var port))
            {
                lease = null;
                return false;
            }
            _inUse.Add(port);
            lease = new RtpPortLease(this, port);
            return true;
        }
    }

    internal void Release(int port)
    {
        lock (_gate)
        {
            if (_inUse.Remove(port)) _free.Enqueue(port);
        }
    }
}
