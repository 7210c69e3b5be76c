using Org.BouncyCastle.Tls;

namespace Switchboard.Media.Dtls;

/// <summary>
/// One session's DTLS-SRTP handshake (RFC 5763, RFC 5764) in either role, fed datagrams from the shared media port.
/// BouncyCastle's DTLS API blocks, so the handshake runs on its own background thread; the socket's receive loop only
/// copies DTLS datagrams in with <see cref="Deliver"/>. <see cref="Completion"/> ends with the SRTP keys or a reason;
/// it never faults, whatever arrives.
/// </summary>
/// <remarks>
/// After success the DTLS association stays alive so that a retransmitted final flight from the peer (its copy of
/// our Finished was lost) is answered, and a close_notify is noticed (<see cref="PeerClosed"/>).
/// </remarks>
public sealed class DtlsSrtpHandshake : IDisposable
{
    private readonly DtlsSrtpNegotiation _negotiation;
    private readonly DtlsDatagramTransport _transport;
    private readonly TaskCompletionSource<DtlsSrtpResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ITimer _timeout;
    private DtlsTransport? _association;
    private int _started;
    private int _pumping;
    private volatile bool _disposed;
    private volatile bool _peerClosed;
    private volatile bool _failedLocally;

    /// <summary>Prepares a handshake; nothing is sent until <see cref="Start"/>.</summary>
    /// <param name="role">Server when we answered <c>a=setup:passive</c>, client when <c>active</c>.</param>
    /// <param name="certificate">Our certificate, whose fingerprint is in our SDP.</param>
    /// <param name="remoteFingerprints">The remote SDP's <c>a=fingerprint</c> values; the peer's certificate must match one.</param>
    /// <param name="send">Sends a datagram to the peer's ICE-selected address.</param>
    /// <param name="options">Profiles, timeout and sizes; defaults when null.</param>
    /// <param name="time">The clock for the handshake timeout; the system clock when null.</param>
    public DtlsSrtpHandshake(DtlsRole role, DtlsCertificate certificate, IReadOnlyList<DtlsFingerprint> remoteFingerprints,
        DtlsDatagramSender send, DtlsSrtpOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(remoteFingerprints);
        ArgumentNullException.ThrowIfNull(send);
        options ??= new DtlsSrtpOptions();
        if (options.Profiles.Count == 0) throw new ArgumentException("at least one SRTP profile is needed", nameof(options));
        Role = role;
        _negotiation = new DtlsSrtpNegotiation(role, certificate, remoteFingerprints, options);
        _transport = new DtlsDatagramTransport(send, options.Mtu, options.ReceiveQueueCapacity);
        _transport.Closed += () =>
        {
            _peerClosed = !_disposed && !_failedLocally && Completion.IsCompletedSuccessfully;
            if (_peerClosed) PeerClosedAssociation?.Invoke();
        };
        _timeout = (time ?? TimeProvider.System).CreateTimer(
            _ => Abandon($"DTLS handshake timed out after {options.HandshakeTimeout.TotalSeconds:0.#} s"),
            null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        HandshakeTimeout = options.HandshakeTimeout;
    }

    /// <summary>Our role in the handshake.</summary>
    public DtlsRole Role { get; }

    /// <summary>The handshake timeout in force.</summary>
    public TimeSpan HandshakeTimeout { get; }

    /// <summary>Ends with the SRTP keys, or with the reason the handshake failed, timed out or was abandoned. Never faults.</summary>
    public Task<DtlsSrtpResult> Completion => _completion.Task;

    /// <summary>Datagrams refused: arrived after close, too large, or beyond the queue while the handshake was busy.</summary>
    public long DroppedDatagrams => _transport.Dropped;

    /// <summary>Whether the peer closed the established association (close_notify), e.g. because the call ended.</summary>
    public bool PeerClosed => _peerClosed;

    /// <summary>
    /// Raised once when the peer ends an established association (close_notify, or a fatal alert after the
    /// handshake): a browser sends it when the page closes its RTCPeerConnection, long before consent would expire.
    /// Records that merely fail to parse do not raise it.
    /// </summary>
    public event Action? PeerClosedAssociation;

    /// <summary>Starts the handshake thread and the timeout. As client, sends the ClientHello. Idempotent.</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0 || _disposed) return;
        _timeout.Change(HandshakeTimeout, Timeout.InfiniteTimeSpan);
        new Thread(Run) { IsBackground = true, Name = $"dtls-{Role.ToString().ToLowerInvariant()}" }.Start();
    }

    /// <summary>
    /// Runs the handshake on the calling thread over the datagrams already delivered and returns when they are used
    /// up, with no thread and no timer left behind: how the fuzzing harness feeds a handshake one input at a time.
    /// Instead of <see cref="Start"/>, not with it.
    /// </summary>
    internal DtlsSrtpResult RunOverDelivered()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0 || _disposed) throw new InvalidOperationException("the handshake already started");
        _transport.EndWhenDrained();
        Run();
        return _completion.Task.Result;
    }

    /// <summary>
    /// Hands a received DTLS datagram (first byte 20–63, RFC 7983) to the handshake; copies it. False when it was
    /// dropped (counted in <see cref="DroppedDatagrams"/>). Never throws and never blocks on the handshake.
    /// </summary>
    public bool Deliver(ReadOnlySpan<byte> datagram)
    {
        if (!_transport.Enqueue(datagram)) return false;
        if (_association is not null && Interlocked.CompareExchange(ref _pumping, 1, 0) == 0)
            ThreadPool.UnsafeQueueUserWorkItem(static self => self.PumpEstablished(), this, preferLocal: false);
        return true;
    }

    /// <summary>Stops the handshake (completing it as abandoned if still running) or closes the association.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        // Never started: no thread will report, so the abandonment is reported here.
        if (Interlocked.Exchange(ref _started, 1) == 0) _completion.TrySetResult(DtlsSrtpResult.Failed("DTLS handshake abandoned"));
        Abandon("DTLS handshake abandoned");
        try { _association?.Close(); } catch (Exception) { /* closing a failed association must not throw */ }
        _transport.Close();
    }

    private void Abandon(string reason)
    {
        _timeout.Dispose();
        if (_completion.Task.IsCompleted) return;
        _negotiation.Fail(reason);
        _transport.Close();
    }

    private void Run()
    {
        DtlsSrtpResult result;
        try
        {
            var association = Role == DtlsRole.Server
                ? new DtlsServerProtocol().Accept(new DtlsSrtpServer(_negotiation), _transport)
                : new DtlsClientProtocol().Connect(new DtlsSrtpClient(_negotiation), _transport);
            if (_disposed)
            {
                // Dispose raced with the last flight: nobody will own the association, so close it now.
                association.Close();
                result = DtlsSrtpResult.Failed("DTLS handshake abandoned");
            }
            else if (_negotiation.Keys is { } keys && _negotiation.Failure is null)
            {
                _association = association;
                result = DtlsSrtpResult.Success(keys);
            }
            else
            {
                association.Close();
                result = DtlsSrtpResult.Failed(_negotiation.Failure ?? "handshake completed without SRTP keys");
            }
        }
        catch (Exception e)
        {
            // BouncyCastle reports a bad record, a bad certificate or a closed transport by throwing; all end here.
            result = DtlsSrtpResult.Failed(_negotiation.Failure ?? Describe(e));
            _transport.Close();
        }
        _timeout.Dispose();
        _completion.TrySetResult(result);
        if (result.Succeeded && _transport.HasPending && Interlocked.CompareExchange(ref _pumping, 1, 0) == 0) PumpEstablished();
    }

    private void PumpEstablished()
    {
        var buffer = new byte[DtlsDatagramTransport.ReceiveLimit];
        do
        {
            try
            {
                // Handshake retransmissions and alerts are handled inside Receive; application data (none in
                // WebRTC audio) is read and ignored. A 1 ms wait: the datagram is already queued.
                while (_transport.HasPending && !_transport.IsClosed) _association!.Receive(buffer, 0, buffer.Length, 1);
            }
            catch (Exception e)
            {
                // Only what the peer itself says ends the association for the session: a fatal alert (authenticated
                // in this epoch). A record BouncyCastle chokes on may be forged by anyone who can spoof the
                // browser's address, so it closes our side quietly and the media, already keyed, goes on.
                _failedLocally = e is not TlsFatalAlertReceived;
                _transport.Close();
            }
            Volatile.Write(ref _pumping, 0);
        }
        while (_transport.HasPending && !_transport.IsClosed && Interlocked.CompareExchange(ref _pumping, 1, 0) == 0);
    }

    private static string Describe(Exception e) => e switch
    {
        TlsFatalAlertReceived received => $"peer sent fatal alert {AlertDescription.GetText(received.AlertDescription)}",
        TlsFatalAlert alert => $"handshake failed: {AlertDescription.GetText(alert.AlertDescription)}",
        _ => $"handshake failed: {e.Message}",
    };
}
