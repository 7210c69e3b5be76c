using Switchboard.Media.Audio;
using Switchboard.Media.WebRtc;

namespace Switchboard.Media;

/// <summary>
/// Plays what a leg says back to it after a delay, so a person hears their own voice: the microphone test of the
/// agent workstation, and the simplest end-to-end check of the media path.
/// </summary>
public sealed class EchoSession : IDisposable
{
    private readonly WebRtcLeg _leg;
    private readonly IDisposable _ticking;
    private readonly AudioFrame[] _delayLine;
    private long _position;

    /// <summary>Starts echoing <paramref name="leg"/> with <paramref name="delay"/> (rounded to 20 ms frames).</summary>
    public EchoSession(WebRtcLeg leg, TimeSpan delay, MediaTicker ticker)
    {
        _leg = leg;
        _delayLine = new AudioFrame[Math.Max(1, (int)(delay / AudioFrame.Duration))];
        _ticking = ticker.Add(Tick);
    }

    /// <summary>The echoed leg.</summary>
    public WebRtcLeg Leg => _leg;

    private void Tick()
    {
        // The slot about to be overwritten holds the frame heard one delay ago: send it, then store the new one.
        Span<short> slot = _delayLine[_position++ % _delayLine.Length];
        if (_position > _delayLine.Length) _leg.Audio.SendFrame(slot);
        _leg.Audio.ReadFrame(slot);
    }

    /// <summary>Stops the echo and ends the leg.</summary>
    public void Dispose()
    {
        _ticking.Dispose();
        _leg.Dispose();
    }
}
