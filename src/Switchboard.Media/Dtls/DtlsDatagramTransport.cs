using Org.BouncyCastle.Tls;

namespace Switchboard.Media.Dtls;

/// <summary>
/// BouncyCastle's view of the media port for one session: received DTLS datagrams are pushed in from the socket's
/// receive loop into a bounded queue, and BouncyCastle's blocking <see cref="Receive(Span{byte}, int)"/> takes them out
/// on the handshake thread; sends go straight to the <see cref="DtlsDatagramSender"/>.
/// </summary>
/// <remarks>
/// BouncyCastle's contract: a wait of 0 means forever; a receive that times out returns -1 (the record layer then
/// retransmits its last flight); an exception ends the handshake, which is what a closed transport must do.
/// </remarks>
internal sealed class DtlsDatagramTransport : DatagramTransport
{
    /// <summary>Largest datagram accepted: an Ethernet MTU. WebRTC peers never send DTLS larger than their path MTU.</summary>
    internal const int ReceiveLimit = 1500;

    private readonly DtlsDatagramSender _send;
    private readonly int _sendLimit;
    private readonly int _capacity;
    private readonly Queue<byte[]> _received = new();
    private readonly object _gate = new();
    private bool _closed;
    private bool _endWhenDrained;
    private long _dropped;
    private long _sendFailures;

    internal DtlsDatagramTransport(DtlsDatagramSender send, int mtu, int capacity)
    {
        _send = send;
        _sendLimit = mtu;
        _capacity = capacity;
    }

    /// <summary>Datagrams refused: queue full, too large, or arrived after close.</summary>
    internal long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Sends whose callback threw; DTLS retransmission covers a lost datagram.</summary>
    internal long SendFailures => Interlocked.Read(ref _sendFailures);

    internal bool IsClosed { get { lock (_gate) return _closed; } }

    /// <summary>Raised once when the transport closes (ours or BouncyCastle's doing, e.g. on the peer's close_notify).</summary>
    internal event Action? Closed;

    /// <summary>Queues a copy of <paramref name="datagram"/>; false (and counted) when it cannot be taken.</summary>
    internal bool Enqueue(ReadOnlySpan<byte> datagram)
    {
        if (datagram.IsEmpty || datagram.Length > ReceiveLimit) { Interlocked.Increment(ref _dropped); return false; }
        lock (_gate)
        {
            if (_closed || _received.Count >= _capacity) { Interlocked.Increment(ref _dropped); return false; }
            _received.Enqueue(datagram.ToArray());
            Monitor.Pulse(_gate);
            return true;
        }
    }

    /// <summary>
    /// From now on a receive that finds the queue empty ends the handshake (as a closed transport does) instead of
    /// waiting for the peer: the datagrams already queued are all it will ever get.
    /// </summary>
    internal void EndWhenDrained()
    {
        lock (_gate) _endWhenDrained = true;
    }

    /// <summary>Whether a datagram is waiting.</summary>
    internal bool HasPending { get { lock (_gate) return _received.Count > 0; } }

    public int GetReceiveLimit() => ReceiveLimit;

    public int GetSendLimit() => _sendLimit;

    public int Receive(byte[] buf, int off, int len, int waitMillis) => Receive(buf.AsSpan(off, len), waitMillis);

    public int Receive(Span<byte> buffer, int waitMillis)
    {
        byte[] datagram;
        lock (_gate)
        {
            var deadline = waitMillis == 0 ? long.MaxValue : Environment.TickCount64 + waitMillis;
            while (!_closed && _received.Count == 0)
            {
                if (_endWhenDrained) throw new IOException("no more datagrams");
                var remaining = deadline - Environment.TickCount64;
                if (remaining <= 0) return -1;
                Monitor.Wait(_gate, waitMillis == 0 ? Timeout.Infinite : (int)Math.Min(remaining, int.MaxValue));
            }
            if (_closed) throw new IOException("DTLS transport closed");
            datagram = _received.Dequeue();
        }
        // A datagram larger than the buffer is cut, as a UDP socket would; the record layer then drops it.
        var length = Math.Min(datagram.Length, buffer.Length);
        datagram.AsSpan(0, length).CopyTo(buffer);
        return length;
    }

    public void Send(byte[] buf, int off, int len) => Send(buf.AsSpan(off, len));

    public void Send(ReadOnlySpan<byte> buffer)
    {
        if (IsClosed) throw new IOException("DTLS transport closed");
        try
        {
            _send(buffer);
        }
        catch (Exception)
        {
            // UDP gives no delivery guarantee anyway; the DTLS flight is retransmitted on timeout.
            Interlocked.Increment(ref _sendFailures);
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            if (_closed) return;
            _closed = true;
            _received.Clear();
            Monitor.PulseAll(_gate);
        }
        Closed?.Invoke();
    }
}
