namespace Switchboard.Media.Audio;

/// <summary>
/// Mixes three or more legs (a conference, a supervisor barging in): every 20 ms each leg hears the sum of all the
/// others and never itself. The sum is taken in 32 bits once, each leg's own voice subtracted, and the result
/// saturated to 16 bits, so loud talkers clip rather than wrap around into noise. Legs can join and leave between
/// ticks. Drive <see cref="Tick"/> from a <see cref="MediaClock"/>.
/// </summary>
public sealed class Mixer
{
    private readonly Lock _gate = new();
    private readonly List<AudioLeg> _legs = [];
    private readonly List<AudioFrame> _heard = [];
    private readonly List<int> _participant = [];
    private readonly int[] _sum = new int[AudioFrame.SampleCount];
    private AudioFrame _out;

    /// <summary>Creates a mixer, recording each leg that joins as a new participant of <paramref name="recorder"/>.</summary>
    public Mixer(Recorder? recorder = null) => Recorder = recorder;

    /// <summary>Where the participants are recorded; null when not recorded.</summary>
    public Recorder? Recorder { get; }

    /// <summary>The legs in the mix, in the order they joined.</summary>
    public IReadOnlyList<AudioLeg> Legs
    {
        get
        {
            lock (_gate) return [.. _legs];
        }
    }

    /// <summary>Adds a leg to the mix.</summary>
    public void Add(AudioLeg leg)
    {
        lock (_gate)
        {
            _legs.Add(leg);
            _heard.Add(default);
            _participant.Add(Recorder?.AddParticipant(leg.Name) ?? -1);
        }
    }

    /// <summary>Removes a leg from the mix; false when it was not in it.</summary>
    public bool Remove(AudioLeg leg)
    {
        lock (_gate)
        {
            var index = _legs.IndexOf(leg);
            if (index < 0) return false;
            _legs.RemoveAt(index);
            _heard.RemoveAt(index);
            _participant.RemoveAt(index);
            return true;
        }
    }

    /// <summary>One 20 ms step: read every leg, send each the others' sum.</summary>
    public void Tick()
    {
        lock (_gate)
        {
            var heard = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_heard);
            Array.Clear(_sum);
            for (var i = 0; i < _legs.Count; i++)
            {
                Span<short> frame = heard[i];
                _legs[i].ReadFrame(frame);
                for (var s = 0; s < AudioFrame.SampleCount; s++) _sum[s] += frame[s];
            }
            Span<short> output = _out;
            for (var i = 0; i < _legs.Count; i++)
            {
                Span<short> own = heard[i];
                for (var s = 0; s < AudioFrame.SampleCount; s++)
                {
                    output[s] = (short)Math.Clamp(_sum[s] - own[s], short.MinValue, short.MaxValue);
                }
                _legs[i].SendFrame(output);
            }
            if (Recorder is null) return;
            for (var i = 0; i < _legs.Count; i++) Recorder.Write(_participant[i], heard[i]);
            Recorder.EndTick();
        }
    }
}
