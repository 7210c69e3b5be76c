using System.Collections.Concurrent;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using Switchboard.Media.Ice;
using Switchboard.Media.Stun;

namespace Switchboard.Media.Transport;

/// <summary>
/// One UDP socket serving every WebRTC session, the way SFUs do it: STUN checks are routed by the local ufrag in
/// their USERNAME to the session's ICE-lite agent; DTLS, SRTP and SRTCP are routed by source address, which only a
/// valid check can teach. Anything else is dropped and counted in <see cref="Counters"/>; one session's bad traffic
/// or faulty handler never reaches another. A single receive loop reuses one buffer, so the per-packet path does not
/// allocate (STUN checks, a few per second per session, allocate an endpoint).
/// </summary>
public sealed class MediaPort : IAsyncDisposable
{
    private const int MaxUfragChars = 256;

    private readonly Socket _socket;
    private readonly TimeProvider _time;
    private readonly IceAgentOptions _iceOptions;
    private readonly ConcurrentDictionary<string, MediaPortRegistration> _byUfrag = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MediaPortRegistration>.AlternateLookup<ReadOnlySpan<char>> _ufragLookup;
    private readonly ConcurrentDictionary<SocketAddress, MediaPortRegistration> _byAddress = new(SocketAddressComparer.Instance);
    private readonly IPEndPoint _endPointFactory;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _receiveLoop = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Binds the socket described by <paramref name="options"/> and starts receiving.</summary>
    /// <exception cref="SocketException">The address or port cannot be bound.</exception>
    public MediaPort(MediaPortOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time ?? TimeProvider.System;
        _iceOptions = options.Ice;
        _ufragLookup = _byUfrag.GetAlternateLookup<ReadOnlySpan<char>>();
        _socket = new Socket(options.BindAddress.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            _socket.ReceiveBufferSize = options.ReceiveBufferBytes;
            _socket.Bind(new IPEndPoint(options.BindAddress, options.Port));
        }
        catch
        {
            _socket.Dispose();
            throw;
        }
        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
        _endPointFactory = new IPEndPoint(options.BindAddress.AddressFamily == AddressFamily.InterNetworkV6
            ? IPAddress.IPv6Any : IPAddress.Any, 0);
        Candidates = BuildCandidates(options, LocalEndPoint);
        // A thread of its own with a blocking receive: an async loop hands every datagram that arrives after a quiet
        // moment to a thread-pool worker, and at tens of thousands of packets a second those wake-ups (and the pool's
        // spinning between them) cost more CPU than the media work itself. A short receive timeout lets it notice a stop.
        _socket.ReceiveTimeout = 250;
        new Thread(ReceiveLoop) { IsBackground = true, Name = "media-port" }.Start();
    }

    /// <summary>The address and port the socket is bound to.</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>The host candidates every session advertises in its SDP answer (same port for all sessions).</summary>
    public IReadOnlyList<IceCandidate> Candidates { get; }

    /// <summary>What happened to received datagrams, per reason.</summary>
    public MediaPortCounters Counters { get; } = new();

    /// <summary>Number of sessions registered.</summary>
    public int SessionCount => _byUfrag.Count;

    /// <summary>
    /// Registers a session whose SDP answer carries <paramref name="local"/> and whose offer carried
    /// <paramref name="remoteUfrag"/> (a lite agent never sends checks, so the browser's password is not needed).
    /// </summary>
    /// <exception cref="InvalidOperationException">The local ufrag is already registered.</exception>
    public MediaPortRegistration Register(IceCredentials local, string remoteUfrag, IMediaPortSession session)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(session);
        if (!IceCredentials.IsIceString(local.Ufrag) || local.Ufrag.Length > MaxUfragChars)
            throw new ArgumentException("The local ufrag must be 1–256 ICE characters.", nameof(local));
        var agent = new IceLiteAgent(local, remoteUfrag, _time, _iceOptions);
        var registration = new MediaPortRegistration(this, agent, session);
        if (!_byUfrag.TryAdd(local.Ufrag, registration))
        {
            agent.Dispose();
            throw new InvalidOperationException("A session with this local ufrag is already registered.");
        }
        return registration;
    }

    /// <summary>Sends <paramref name="datagram"/> to <paramref name="remote"/>; false if the socket refused.</summary>
    public bool Send(ReadOnlySpan<byte> datagram, IPEndPoint remote)
    {
        ArgumentNullException.ThrowIfNull(remote);
        return SendTo(datagram, remote.Serialize());
    }

    /// <summary>Stops the receive loop and closes the socket. Registrations stay disposable.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        await _stop.CancelAsync();
        _socket.Dispose();
        await _receiveLoop.Task;
        _stop.Dispose();
    }

    internal bool SendTo(ReadOnlySpan<byte> datagram, SocketAddress remote)
    {
        try
        {
            _socket.SendTo(datagram, SocketFlags.None, remote);
            Counters.CountSent();
            return true;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Counters.CountSendFailure();
            return false;
        }
    }

    internal void Unregister(MediaPortRegistration registration, SocketAddress[] addresses)
    {
        _byUfrag.TryRemove(KeyValuePair.Create(registration.LocalCredentials.Ufrag, registration));
        foreach (var address in addresses) _byAddress.TryRemove(KeyValuePair.Create(address, registration));
    }

    /// <summary>Calls a session's handler for an agent event, containing its exceptions like datagram deliveries.</summary>
    internal void Notify(MediaPortRegistration registration, Action<IMediaPortSession> notification)
    {
        try
        {
            notification(registration.Session);
        }
        catch (Exception)
        {
            Counters.CountDropped(MediaPortDropReason.HandlerFault);
        }
    }

    /// <summary>Routes one datagram from <paramref name="source"/>; <paramref name="response"/> is scratch space for STUN.</summary>
    internal void Dispatch(ReadOnlySpan<byte> datagram, SocketAddress source, Span<byte> response)
    {
        Counters.CountReceived();
        var kind = PacketClassifier.Classify(datagram);
        if (kind == PacketKind.Unknown)
        {
            Counters.CountDropped(MediaPortDropReason.UnknownKind);
            return;
        }
        if (kind == PacketKind.Stun)
        {
            HandleStun(datagram, source, response);
            return;
        }
        if (!_byAddress.TryGetValue(source, out var registration))
        {
            Counters.CountDropped(MediaPortDropReason.UnknownAddress);
            return;
        }
        if (registration.Agent.State == IceAgentState.Dead)
        {
            Counters.CountDropped(MediaPortDropReason.SessionDead);
            return;
        }
        try
        {
            registration.Session.OnDatagram(kind, datagram);
            Counters.CountDelivered();
        }
        catch (Exception)
        {
            Counters.CountDropped(MediaPortDropReason.HandlerFault);
        }
    }

    private void HandleStun(ReadOnlySpan<byte> datagram, SocketAddress source, Span<byte> response)
    {
        if (!StunMessage.TryRead(datagram, out var message))
        {
            Counters.CountDropped(MediaPortDropReason.MalformedStun);
            return;
        }
        if (!message.TryGetUsername(out var username))
        {
            Counters.CountDropped(MediaPortDropReason.NoUsername);
            return;
        }
        var colon = username.IndexOf((byte)':');
        var ufragBytes = colon < 0 ? username : username[..colon];
        if (ufragBytes.IsEmpty || ufragBytes.Length > MaxUfragChars)
        {
            Counters.CountDropped(ufragBytes.IsEmpty ? MediaPortDropReason.NoUsername : MediaPortDropReason.UnknownUfrag);
            return;
        }
        Span<char> ufrag = stackalloc char[MaxUfragChars];
        var ufragLength = Encoding.UTF8.GetChars(ufragBytes, ufrag);
        if (!_ufragLookup.TryGetValue(ufrag[..ufragLength], out var registration))
        {
            Counters.CountDropped(MediaPortDropReason.UnknownUfrag);
            return;
        }

        var sourceEndPoint = (IPEndPoint)_endPointFactory.Create(source);
        var result = registration.Agent.HandleRequest(message, sourceEndPoint, response);
        if (result.ResponseLength > 0) SendTo(response[..result.ResponseLength], source);
        if (result.Outcome == IceCheckOutcome.Answered)
        {
            Counters.CountCheckAnswered();
            Learn(source, registration);
            return;
        }
        Counters.CountDropped(result.Outcome switch
        {
            IceCheckOutcome.NotBindingRequest => MediaPortDropReason.NotBindingRequest,
            IceCheckOutcome.BadFingerprint => MediaPortDropReason.BadFingerprint,
            IceCheckOutcome.BadRequest => MediaPortDropReason.BadRequest,
            IceCheckOutcome.UnknownUsername => MediaPortDropReason.UnknownUsername,
            IceCheckOutcome.BadIntegrity => MediaPortDropReason.BadIntegrity,
            IceCheckOutcome.UnknownAttribute => MediaPortDropReason.UnknownAttribute,
            IceCheckOutcome.RoleConflict => MediaPortDropReason.RoleConflict,
            _ => MediaPortDropReason.SessionDead,
        });
    }

    /// <summary>Makes <paramref name="source"/> route to <paramref name="registration"/>; allocates only when it is new.</summary>
    private void Learn(SocketAddress source, MediaPortRegistration registration)
    {
        if (_byAddress.TryGetValue(source, out var known) && ReferenceEquals(known, registration)) return;
        // The receive loop reuses its SocketAddress, so the map keeps a copy.
        var copy = new SocketAddress(source.Family, source.Size);
        source.Buffer.Span[..source.Size].CopyTo(copy.Buffer.Span);
        registration.Remember(copy, _byAddress);
    }

    private void ReceiveLoop()
    {
        // One buffer for the loop's lifetime: handlers get a span over it and must copy what they keep.
        var buffer = GC.AllocateUninitializedArray<byte>(65_536, pinned: true);
        var response = new byte[StunWriter.MaxIceResponseLength];
        var source = new SocketAddress(_socket.AddressFamily);
        var token = _stop.Token;
        try
        {
            while (!token.IsCancellationRequested)
            {
                int received;
                try
                {
                    received = _socket.ReceiveFrom(buffer, SocketFlags.None, source);
                }
                catch (ObjectDisposedException)
                {
                    return;
                }
                catch (SocketException e) when (e.SocketErrorCode is SocketError.TimedOut or SocketError.WouldBlock)
                {
                    continue;
                }
                catch (SocketException) when (!token.IsCancellationRequested)
                {
                    Counters.CountDropped(MediaPortDropReason.SocketError);
                    continue;
                }
                catch (SocketException)
                {
                    return;
                }
                try
                {
                    Dispatch(buffer.AsSpan(0, received), source, response);
                }
                catch (Exception)
                {
                    // An exception here would end the process (this is a thread of its own): count it and go on.
                    Counters.CountDropped(MediaPortDropReason.HandlerFault);
                }
            }
        }
        finally
        {
            _receiveLoop.TrySetResult();
        }
    }

    private static IReadOnlyList<IceCandidate> BuildCandidates(MediaPortOptions options, IPEndPoint bound)
    {
        var port = options.AdvertisedPort ?? bound.Port;
        IReadOnlyList<IPAddress> addresses = options.AdvertisedAddress is { } advertised ? [advertised]
            : bound.Address.Equals(IPAddress.Any) || bound.Address.Equals(IPAddress.IPv6Any)
                ? InterfaceAddresses(bound.AddressFamily)
                : [bound.Address];
        return [.. addresses.Select((address, i) =>
            new IceCandidate((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 1,
                IceCandidate.HostPriority(65535 - i), address, port))];
    }

    /// <summary>Addresses of interfaces that are up, loopback last (only reachable from this machine).</summary>
    private static IReadOnlyList<IPAddress> InterfaceAddresses(AddressFamily family) =>
    [
        .. NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus is OperationalStatus.Up or OperationalStatus.Unknown)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(address => address.AddressFamily == family && !address.IsIPv6LinkLocal)
            .OrderBy(IPAddress.IsLoopback)
            .Distinct(),
    ];
}
