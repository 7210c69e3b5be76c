using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using Switchboard.Media.Dtls;
using Switchboard.Media.Ice;
using Switchboard.Media.Transport;
using Switchboard.Media.WebRtc;
using Switchboard.Storage;

namespace Switchboard.Media;

/// <summary>
/// This node's media: the shared WebRTC UDP port (opened when the server starts), its DTLS certificate, the
/// endpoint that answers browsers' offers, and the echo sessions and rooms running on them.
/// </summary>
public sealed class MediaEngine : IHostedService, IAsyncDisposable
{
    private readonly MediaOptions _options;
    private readonly TimeProvider _time;
    private readonly MediaTicker _ticker;
    private readonly ILogger<MediaEngine> _log;
    private readonly ConcurrentDictionary<string, MediaRoom> _rooms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<WebRtcLeg, EchoSession> _echoes = new();
    private MediaPort? _port;
    private WebRtcEndpoint? _endpoint;
    private int _legs;
    private int _legNumber;

    /// <summary>Created by DI; nothing is opened until the host starts.</summary>
    public MediaEngine(IOptions<MediaOptions> options, IConfiguration configuration, MediaTicker ticker, TimeProvider time, ILogger<MediaEngine> log)
    {
        _options = options.Value;
        _ticker = ticker;
        _time = time;
        _log = log;
        RecordingsDirectory = Path.GetFullPath(_options.RecordingsDirectory
            ?? Path.Combine(StorageSettings.From(configuration).DataDirectory, "recordings"));
    }

    /// <summary>Where rooms record.</summary>
    public string RecordingsDirectory { get; }

    /// <summary>The shared media port (its address, candidates and drop counters).</summary>
    public MediaPort Port => _port ?? throw new InvalidOperationException("the media port is not open: the server has not started");

    /// <summary>Media sessions (legs) up on this node.</summary>
    public int LegCount => Volatile.Read(ref _legs);

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _port = OpenPort();
        }
        catch (System.Net.Sockets.SocketException e)
        {
            throw new InvalidOperationException(
                $"The WebRTC media port UDP {_options.BindAddress}:{_options.Port} cannot be opened ({e.Message}); " +
                "set Media:Port to a free port (0 picks one).", e);
        }
        _endpoint = new WebRtcEndpoint(_port, DtlsCertificate.Generate(), time: _time);
        _log.LogInformation("WebRTC media on UDP {Endpoint}, candidates {Candidates}", _port.LocalEndPoint,
            string.Join(", ", _port.Candidates.Select(c => $"{c.Address}:{c.Port}")));
        return Task.CompletedTask;
    }

    private MediaPort OpenPort() =>
        new(new MediaPortOptions
        {
            BindAddress = IPAddress.Parse(_options.BindAddress),
            Port = _options.Port,
            AdvertisedAddress = string.IsNullOrWhiteSpace(_options.PublicAddress) ? null : IPAddress.Parse(_options.PublicAddress),
            AdvertisedPort = _options.PublicPort,
            Ice = IceAgentOptions.Default with { ConsentTimeout = TimeSpan.FromSeconds(Math.Max(1, _options.ConsentTimeoutSeconds)) },
        }, _time);

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    /// <summary>
    /// Answers a browser's offer with a new leg named <paramref name="name"/>; null leg and an error when the offer is
    /// unusable, or when the node cannot take it (<paramref name="busy"/>: starting, stopping, or at its
    /// <see cref="MediaOptions.MaxLegs"/>).
    /// </summary>
    public WebRtcAnswer Answer(string? offer, string name, out bool busy)
    {
        busy = true;
        if (_endpoint is null) return new WebRtcAnswer { Error = "media is not available: the server is starting or stopping" };
        if (Interlocked.Increment(ref _legs) > _options.MaxLegs)
        {
            Interlocked.Decrement(ref _legs);
            return new WebRtcAnswer { Error = $"this server is at its limit of {_options.MaxLegs} media sessions" };
        }
        busy = false;
        var answer = _endpoint.Answer(offer, $"{name}-{Interlocked.Increment(ref _legNumber)}");
        if (answer.Leg is null) Interlocked.Decrement(ref _legs);
        else _ = CountEndAsync(answer.Leg);
        return answer;
    }

    /// <summary>Echoes <paramref name="leg"/> back to itself until it ends.</summary>
    public void Echo(WebRtcLeg leg)
    {
        var echo = new EchoSession(leg, TimeSpan.FromMilliseconds(_options.EchoDelayMilliseconds), _ticker);
        _echoes[leg] = echo;
        _ = leg.Ended.ContinueWith(_ =>
        {
            if (_echoes.TryRemove(leg, out var ended)) ended.Dispose();
        }, TaskScheduler.Default);
    }

    /// <summary>The room called <paramref name="id"/>, opened with <paramref name="mode"/> if it does not exist.</summary>
    public MediaRoom Room(string id, MediaRoomMode mode, bool record) => _rooms.GetOrAdd(id, _ =>
    {
        var room = new MediaRoom(id, mode, record ? RecordingsDirectory : null, _ticker);
        room.Emptied += emptied => _rooms.TryRemove(new KeyValuePair<string, MediaRoom>(emptied.Id, emptied));
        return room;
    });

    /// <summary>The room called <paramref name="id"/>, if open.</summary>
    public MediaRoom? FindRoom(string id) => _rooms.GetValueOrDefault(id);

    /// <summary>Closes room <paramref name="id"/>: its legs end and its recording is finalised.</summary>
    public MediaRoomView? CloseRoom(string id)
    {
        if (!_rooms.TryRemove(id, out var room)) return null;
        room.Dispose();
        return room.View();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var room in _rooms.Values) room.Dispose();
        _rooms.Clear();
        foreach (var echo in _echoes.Values) echo.Dispose();
        _echoes.Clear();
        _endpoint = null;
        if (_port is not null) await _port.DisposeAsync();
    }

    private async Task CountEndAsync(WebRtcLeg leg)
    {
        await leg.Ended.ConfigureAwait(false);
        Interlocked.Decrement(ref _legs);
    }
}
