using System.Text;
using Switchboard.Media.Audio;
using Switchboard.Media.WebRtc;

namespace Switchboard.Media;

/// <summary>
/// Legs talking to each other on one 20 ms clock: a bridge of two (the second to join completes it) or a mix of any
/// number, optionally recorded (one file per participant and a stereo mix). Keys pressed by participants are kept
/// per participant. A leg that ends leaves the room; the recording is finalised when the room closes.
/// </summary>
public sealed class MediaRoom : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<(WebRtcLeg Leg, StringBuilder Digits)> _participants = [];
    private readonly Recorder? _recorder;
    private readonly Mixer? _mixer;
    private readonly IDisposable _ticking;
    private Bridge? _bridge;
    private AudioFrame _drain;
    private bool _closed;

    /// <summary>Opens room <paramref name="id"/>, recording into <paramref name="recordingFolder"/> when given.</summary>
    public MediaRoom(string id, MediaRoomMode mode, string? recordingFolder, MediaTicker ticker)
    {
        Id = id;
        Mode = mode;
        if (recordingFolder is not null) _recorder = new Recorder(recordingFolder, id);
        if (mode == MediaRoomMode.Mix) _mixer = new Mixer(_recorder);
        _ticking = ticker.Add(Tick);
    }

    /// <summary>The room's name.</summary>
    public string Id { get; }

    /// <summary>Bridge or mix.</summary>
    public MediaRoomMode Mode { get; }

    /// <summary>Raised once when the last participant has left and the room closed itself.</summary>
    public event Action<MediaRoom>? Emptied;

    /// <summary>Adds <paramref name="leg"/>; false with a reason when the room is full or closed.</summary>
    public bool TryJoin(WebRtcLeg leg, out string? refusal)
    {
        lock (_gate)
        {
            refusal = _closed ? "the room is closed"
                : Mode == MediaRoomMode.Bridge && _participants.Count >= 2 ? "a bridge room has two participants already" : null;
            if (refusal is not null) return false;
            var digits = new StringBuilder();
            _participants.Add((leg, digits));
            leg.DigitReceived += (_, digit) =>
            {
                lock (_gate) digits.Append(digit);
            };
            if (_mixer is not null) _mixer.Add(leg.Audio);
            else if (_participants.Count == 2) _bridge = new Bridge(_participants[0].Leg.Audio, leg.Audio, _recorder);
        }
        _ = LeaveWhenEndedAsync(leg);
        return true;
    }

    /// <summary>The room as the diagnostic endpoint shows it.</summary>
    public MediaRoomView View()
    {
        lock (_gate)
        {
            var participants = _participants.Select(p => new MediaParticipantView(
                p.Leg.Name, p.Leg.Audio.Codec.Name, p.Leg.Connected.IsCompletedSuccessfully && p.Leg.Connected.Result is null,
                p.Leg.Ended.IsCompleted ? p.Leg.Ended.Result : null, p.Digits.ToString(),
                p.Leg.Audio.PacketsReceived, p.Leg.Audio.PacketsSent, p.Leg.Counters.SrtpRefused, p.Leg.Counters.RtcpReceived,
                p.Leg.Audio.Jitter.Concealed, p.Leg.Audio.Jitter.Late)).ToList();
            IReadOnlyList<string> recordings = _recorder is null ? [] : [.. _recorder.ParticipantPaths, _recorder.MixPath];
            return new MediaRoomView(Id, Mode == MediaRoomMode.Mix ? "mix" : "bridge", participants, recordings);
        }
    }

    /// <summary>Ends every leg and finalises the recording. Idempotent.</summary>
    public void Dispose()
    {
        List<WebRtcLeg> legs;
        lock (_gate)
        {
            if (_closed) return;
            _closed = true;
            legs = [.. _participants.Select(p => p.Leg)];
        }
        _ticking.Dispose();
        lock (_gate)
        {
            _bridge?.Dispose();
            _recorder?.Dispose();
        }
        foreach (var leg in legs) leg.Dispose();
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (_closed) return;
            if (_mixer is not null) _mixer.Tick();
            else if (_bridge is not null) _bridge.Tick();
            else if (_participants.Count == 1) _participants[0].Leg.Audio.ReadFrame(_drain); // nobody to hear it yet
        }
    }

    private async Task LeaveWhenEndedAsync(WebRtcLeg leg)
    {
        await leg.Ended.ConfigureAwait(false);
        bool empty;
        lock (_gate)
        {
            if (_closed) return;
            _mixer?.Remove(leg.Audio);
            // A bridge loses its point when one side leaves; the other side stays in the room, hearing silence.
            _bridge?.Dispose();
            _bridge = null;
            empty = _participants.All(p => p.Leg.Ended.IsCompleted);
        }
        if (!empty) return;
        Dispose();
        Emptied?.Invoke(this);
    }
}
