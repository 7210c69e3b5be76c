namespace Switchboard.Media.Audio;

/// <summary>
/// Records a session into a folder: one mono WAV per participant (<c>{session}-{n}-{name}.wav</c>, what that
/// participant said) and one stereo mix (<c>{session}-mix.wav</c>). In a two-party call the first participant is
/// the left channel and the second the right; with more, participants added first, third, fifth… are summed into
/// the left channel and second, fourth… into the right, so a two-party call keeps its natural mapping and a
/// supervisor who joins third is heard on the customer's side. Files are 8 kHz 16-bit PCM whose headers are
/// brought up to date every second (see <see cref="WavWriter"/>) and finalised on <see cref="Dispose"/>.
/// </summary>
public sealed class Recorder : IDisposable
{
    private readonly Lock _gate = new();
    private readonly string _folder;
    private readonly string _session;
    private readonly List<WavWriter> _participants = [];
    private readonly List<short[]> _pending = [];
    private readonly List<string> _paths = [];
    private readonly WavWriter _mix;
    private readonly short[] _stereo = new short[2 * AudioFrame.SampleCount];
    private readonly int[] _left = new int[AudioFrame.SampleCount];
    private readonly int[] _right = new int[AudioFrame.SampleCount];
    private bool _disposed;

    /// <summary>Starts recording session <paramref name="sessionId"/> into <paramref name="folder"/> (created if missing).</summary>
    public Recorder(string folder, string sessionId)
    {
        Directory.CreateDirectory(folder);
        _folder = folder;
        _session = SafeName(sessionId);
        MixPath = Path.Combine(folder, $"{_session}-mix.wav");
        _mix = new WavWriter(Open(MixPath), channels: 2);
    }

    /// <summary>The stereo mix file.</summary>
    public string MixPath { get; }

    /// <summary>The participant files, in the order participants were added.</summary>
    public IReadOnlyList<string> ParticipantPaths
    {
        get
        {
            lock (_gate) return [.. _paths];
        }
    }

    /// <summary>Adds a participant and opens its file; returns its index for <see cref="Write"/>.</summary>
    public int AddParticipant(string name)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var index = _participants.Count;
            var path = Path.Combine(_folder, $"{_session}-{index}-{SafeName(name)}.wav");
            _participants.Add(new WavWriter(Open(path), channels: 1));
            _pending.Add(new short[AudioFrame.SampleCount]);
            _paths.Add(path);
            return index;
        }
    }

    /// <summary>Gives what <paramref name="participant"/> said in this tick; a participant not written is silent.</summary>
    public void Write(int participant, ReadOnlySpan<short> frame)
    {
        lock (_gate)
        {
            if (_disposed || (uint)participant >= (uint)_pending.Count) return;
            frame[..AudioFrame.SampleCount].CopyTo(_pending[participant]);
        }
    }

    /// <summary>Ends the tick: writes every participant's frame and the stereo mix frame.</summary>
    public void EndTick()
    {
        lock (_gate)
        {
            if (_disposed) return;
            Array.Clear(_left);
            Array.Clear(_right);
            for (var p = 0; p < _participants.Count; p++)
            {
                var frame = _pending[p];
                _participants[p].Write(frame);
                var channel = p % 2 == 0 ? _left : _right;
                for (var i = 0; i < frame.Length; i++) channel[i] += frame[i];
                Array.Clear(frame);
            }
            for (var i = 0; i < AudioFrame.SampleCount; i++)
            {
                _stereo[2 * i] = (short)Math.Clamp(_left[i], short.MinValue, short.MaxValue);
                _stereo[2 * i + 1] = (short)Math.Clamp(_right[i], short.MinValue, short.MaxValue);
            }
            _mix.Write(_stereo);
        }
    }

    /// <summary>Finalises and closes every file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var writer in _participants) writer.Dispose();
            _mix.Dispose();
        }
    }

    // Others may read a recording in progress (to copy it off, or to check it after a crash); nobody else writes it.
    private static FileStream Open(string path) => new(path, FileMode.Create, FileAccess.Write, FileShare.Read);

    private static string SafeName(string name)
    {
        var safe = string.Create(name.Length, name, (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_';
            }
        });
        return safe.Length == 0 ? "_" : safe;
    }
}
