using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using Switchboard.Media.Audio;
using Switchboard.Media.Transport;

namespace Switchboard.Media;

/// <summary>
/// The plain RTP relays of this node (carrier side), on ports from <see cref="MediaOptions.RtpPortMin"/>–
/// <see cref="MediaOptions.RtpPortMax"/> bound on <see cref="MediaOptions.BindAddress"/>. All relays share one
/// 20 ms clock: a timer per relay would cost a wake-up per call every tick.
/// </summary>
public sealed class RtpRelays : IDisposable
{
    private readonly MediaOptions _options;
    private readonly TimeProvider _time;
    private readonly IPAddress _bindAddress;
    private readonly ConcurrentDictionary<string, RtpRelay> _relays = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly MediaTicker _ticker;
    private readonly ConcurrentDictionary<string, IDisposable> _ticking = new(StringComparer.Ordinal);
    private readonly Lazy<RtpPortRange> _ports;
    private int _number;
    private bool _disposed;

    /// <summary>Created by DI; ports are booked only when a relay opens.</summary>
    public RtpRelays(IOptions<MediaOptions> options, MediaTicker ticker, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _bindAddress = IPAddress.Parse(_options.BindAddress);
        _ports = new Lazy<RtpPortRange>(() => new RtpPortRange(_options.RtpPortMin, _options.RtpPortMax));
        _ticker = ticker;
    }

    /// <summary>Relays open now.</summary>
    public int Count => _relays.Count;

    /// <summary>
    /// Opens a relay between the two endpoints of <paramref name="request"/>; <paramref name="advertised"/> is the
    /// address the endpoints are told to send to when the node binds every interface. Null relay and an error (and
    /// whether it is a lack of ports) when the request is unusable.
    /// </summary>
    public (RtpRelay? Relay, string? Error, bool Busy) Open(RtpRelayRequest? request, IPAddress advertised)
    {
        if (request?.A is null || request.B is null) return (null, "The body needs both endpoints: { a: {address, port, codec}, b: {…} }.", false);
        if (!TryReadSide(request.A, "a", out var remoteA, out var codecA, out var error)
            || !TryReadSide(request.B, "b", out var remoteB, out var codecB, out error))
        {
            return (null, error, false);
        }
        var address = _options.PublicAddress is { Length: > 0 } publicAddress ? IPAddress.Parse(publicAddress)
            : _bindAddress.Equals(IPAddress.Any) || _bindAddress.Equals(IPAddress.IPv6Any) ? advertised : _bindAddress;
        var id = $"relay-{Interlocked.Increment(ref _number)}";
        if (!TryOpenLeg($"{id}-a", codecA, remoteA, out var a)) return (null, "No RTP port is free on this node.", true);
        if (!TryOpenLeg($"{id}-b", codecB, remoteB, out var b))
        {
            a.Dispose();
            return (null, "No RTP port is free on this node.", true);
        }
        var relay = new RtpRelay(id, a, b, address);
        lock (_gate)
        {
            if (_disposed)
            {
                relay.Dispose();
                return (null, "media is stopping", true);
            }
            _relays[id] = relay;
            _ticking[id] = _ticker.Add(relay.Tick);
        }
        return (relay, null, false);
    }

    /// <summary>The relay called <paramref name="id"/>, if open.</summary>
    public RtpRelay? Find(string id) => _relays.GetValueOrDefault(id);

    /// <summary>Closes relay <paramref name="id"/>; its final view, or null when there is no such relay.</summary>
    public RtpRelayView? Close(string id)
    {
        if (!_relays.TryRemove(id, out var relay)) return null;
        if (_ticking.TryRemove(id, out var ticking)) ticking.Dispose();
        relay.Dispose();
        return relay.View();
    }

    /// <summary>Closes every relay and stops the clock.</summary>
    public void Dispose()
    {
        lock (_gate) _disposed = true;
        foreach (var ticking in _ticking.Values) ticking.Dispose();
        _ticking.Clear();
        foreach (var relay in _relays.Values) relay.Dispose();
        _relays.Clear();
    }

    private bool TryOpenLeg(string name, IAudioCodec codec, IPEndPoint? remote, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PlainRtpLeg? leg) =>
        PlainRtpLeg.TryOpen(_ports.Value, new AudioLeg(name, codec, _time),
            new PlainRtpLegOptions { BindAddress = _bindAddress, Remote = remote, Time = _time }, out leg);

    private static bool TryReadSide(RtpRelaySide side, string name, out IPEndPoint? remote, out IAudioCodec codec, out string? error)
    {
        remote = null;
        codec = G711Codec.Pcmu;
        error = null;
        switch (side.Codec?.ToUpperInvariant())
        {
            case null or "PCMU":
                break;
            case "PCMA":
                codec = G711Codec.Pcma;
                break;
            default:
                error = $"{name}.codec must be PCMU or PCMA.";
                return false;
        }
        if (side.Port is < 0 or > 65535)
        {
            error = $"{name}.port must be 0–65535.";
            return false;
        }
        if (side.Address is null && side.Port is null or 0) return true;
        if (side.Address is null || !IPAddress.TryParse(side.Address, out var address) || side.Port is null or 0)
        {
            error = $"{name} needs an IP address and a port, or neither (to learn them from its first packet).";
            return false;
        }
        remote = new IPEndPoint(address, side.Port.Value);
        return true;
    }
}
