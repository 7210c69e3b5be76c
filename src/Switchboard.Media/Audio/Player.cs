namespace Switchboard.Media.Audio;

/// <summary>
/// Plays a prompt or hold music 20 ms at a time, once or looping. Looping is sample-exact: a file whose length is not
/// a whole number of frames carries on into its next repetition inside the same frame, so music loops without a gap.
/// Load files with <see cref="WavReader"/>; a player holds the decoded samples and shares them between calls.
/// </summary>
public sealed class Player
{
    private readonly short[] _samples;
    private long _position;

    /// <summary>Plays <paramref name="samples"/> (8 kHz PCM16), looping when <paramref name="loop"/>.</summary>
    public Player(short[] samples, bool loop)
    {
        _samples = samples;
        Loop = loop;
    }

    /// <summary>Loads a WAV file (8 kHz mono PCM16, µ-law or A-law); <see cref="InvalidDataException"/> says why when it cannot.</summary>
    public static Player FromWav(string path, bool loop) => new(WavReader.Read(path), loop);

    /// <summary>Whether playback starts over at the end.</summary>
    public bool Loop { get; }

    /// <summary>Whether a non-looping prompt has played to its end.</summary>
    public bool Finished => !Loop && _position >= _samples.Length;

    /// <summary>Samples played so far (across repetitions).</summary>
    public long Position => _position;

    /// <summary>
    /// Fills <paramref name="frame"/> with the next 20 ms (silence past the end of a prompt); false once a prompt has
    /// finished before this frame began.
    /// </summary>
    public bool ReadFrame(Span<short> frame)
    {
        frame = frame[..AudioFrame.SampleCount];
        if (Finished || _samples.Length == 0)
        {
            frame.Clear();
            return false;
        }
        var written = 0;
        while (written < frame.Length)
        {
            var offset = (int)(_position % _samples.Length);
            if (!Loop && _position >= _samples.Length)
            {
                frame[written..].Clear();
                break;
            }
            var count = Math.Min(frame.Length - written, _samples.Length - offset);
            _samples.AsSpan(offset, count).CopyTo(frame[written..]);
            written += count;
            _position += count;
        }
        return true;
    }
}
