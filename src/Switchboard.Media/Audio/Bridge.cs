namespace Switchboard.Media.Audio;

/// <summary>
/// Connects two legs so each hears the other. When both legs speak the same codec the bridge passes packets
/// straight through as they arrive (renumbered into the receiving leg's stream, never decoded on that path);
/// otherwise each 20 ms tick reads what one leg said and sends it, re-encoded, to the other. Either way each tick
/// also drains both legs' jitter buffers and hands the audio to the <see cref="Recorder"/>, if any.
/// Drive <see cref="Tick"/> from a <see cref="MediaClock"/>.
/// </summary>
public sealed class Bridge : IDisposable
{
    private AudioFrame _fromA;
    private AudioFrame _fromB;
    private readonly int _recordedA;
    private readonly int _recordedB;

    /// <summary>Bridges <paramref name="a"/> and <paramref name="b"/>.</summary>
    public Bridge(AudioLeg a, AudioLeg b, Recorder? recorder = null)
    {
        A = a;
        B = b;
        Recorder = recorder;
        _recordedA = recorder?.AddParticipant(a.Name) ?? -1;
        _recordedB = recorder?.AddParticipant(b.Name) ?? -1;
        Passthrough = a.Codec.PayloadType == b.Codec.PayloadType && a.Codec.Name == b.Codec.Name;
        if (Passthrough)
        {
            a.ForwardTo(b);
            b.ForwardTo(a);
        }
    }

    /// <summary>The first leg (the left channel of a two-party recording's mix when it is the recorder's first participant).</summary>
    public AudioLeg A { get; }

    /// <summary>The second leg (the right channel of that mix).</summary>
    public AudioLeg B { get; }

    /// <summary>Whether packets pass through undecoded (same codec on both legs).</summary>
    public bool Passthrough { get; }

    /// <summary>Where the two sides are recorded; null when the session is not recorded.</summary>
    public Recorder? Recorder { get; }

    /// <summary>One 20 ms step: transcode when needed and record.</summary>
    public void Tick()
    {
        Span<short> fromA = _fromA;
        Span<short> fromB = _fromB;
        A.ReadFrame(fromA);
        B.ReadFrame(fromB);
        if (!Passthrough)
        {
            B.SendFrame(fromA);
            A.SendFrame(fromB);
        }
        if (Recorder is null) return;
        Recorder.Write(_recordedA, fromA);
        Recorder.Write(_recordedB, fromB);
        Recorder.EndTick();
    }

    /// <summary>Stops passing packets through; the legs themselves stay up.</summary>
    public void Dispose()
    {
        if (!Passthrough) return;
        A.ForwardTo(null);
        B.ForwardTo(null);
    }
}
