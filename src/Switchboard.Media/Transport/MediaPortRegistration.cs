using System.Net;
using System.Net.Sockets;
using Switchboard.Media.Ice;

namespace Switchboard.Media.Transport;

/// <summary>
/// One WebRTC session on a <see cref="MediaPort"/>: its ICE-lite agent, the addresses it learned, and the way to send
/// to the browser. Disposing it unregisters the session; its ufrag and addresses are then unknown to the port.
/// </summary>
public sealed class MediaPortRegistration : IDisposable
{
    private readonly MediaPort _port;
    private readonly Lock _gate = new();
    private readonly List<SocketAddress> _addresses = [];
    private SendTarget? _sendTarget;
    private bool _disposed;

    internal MediaPortRegistration(MediaPort port, IceLiteAgent agent, IMediaPortSession session)
    {
        _port = port;
        Agent = agent;
        Session = session;
        agent.SelectedRemoteChanged += remote => _port.Notify(this, s => s.OnSelectedRemoteChanged(remote));
        agent.ConsentLost += () => _port.Notify(this, s => s.OnConsentLost());
    }

    /// <summary>The session's ICE-lite agent: state, selected pair, validated addresses.</summary>
    public IceLiteAgent Agent { get; }

    /// <summary>The handler datagrams and notifications go to.</summary>
    public IMediaPortSession Session { get; }

    /// <summary>The local credentials to put in the SDP answer.</summary>
    public IceCredentials LocalCredentials => Agent.Local;

    /// <summary>
    /// Sends <paramref name="datagram"/> to the browser: to the nominated address, or before nomination to the last
    /// address a valid check came from. False when there is none yet, consent is lost, or the socket refused.
    /// Does not allocate while the target stays the same.
    /// </summary>
    public bool SendToPeer(ReadOnlySpan<byte> datagram)
    {
        var endPoint = Agent.SendTarget;
        if (endPoint is null) return false;
        var target = _sendTarget;
        if (target is null || !ReferenceEquals(target.EndPoint, endPoint))
            _sendTarget = target = new SendTarget(endPoint, endPoint.Serialize());
        return _port.SendTo(datagram, target.Address);
    }

    /// <summary>Unregisters the session and stops its agent. Idempotent.</summary>
    public void Dispose()
    {
        SocketAddress[] addresses;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            addresses = [.. _addresses];
        }
        _port.Unregister(this, addresses);
        Agent.Dispose();
    }

    /// <summary>
    /// Routes <paramref name="address"/> to this session in <paramref name="routes"/> and remembers it for dispose;
    /// under the same lock as dispose, so no route outlives the registration.
    /// </summary>
    internal void Remember(SocketAddress address, IDictionary<SocketAddress, MediaPortRegistration> routes)
    {
        lock (_gate)
        {
            if (_disposed) return;
            _addresses.Add(address);
            routes[address] = this;
        }
    }

    private sealed record SendTarget(IPEndPoint EndPoint, SocketAddress Address);
}
