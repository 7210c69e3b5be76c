namespace Switchboard.Media.Jitter;

/// <summary>
/// Makes substitutes for missing 20 ms frames and keeps the output free of clicks. A substitute repeats the last
/// good frame with a gain that falls linearly, sample by sample, from full to zero over three frames (60 ms);
/// after that it is silence. Whenever the output does not naturally continue from the previous frame (a
/// substitute begins, or real audio resumes after one) the first 5 ms are ramped from the last sample played, so
/// the waveform never jumps. G.711 Appendix I does this with pitch-period repetition and overlap-add; this simpler
/// version trades its quality on long vowels for having no pitch search.
/// </summary>
public sealed class PacketLossConcealment
{
    /// <summary>Frames over which a repeated frame fades to silence.</summary>
    public const int FadeFrames = 3;

    private const int RampSamples = 40;

    private readonly short[] _lastGood;
    private bool _haveLastGood;
    private int _concealedInARow;
    private short _lastOutput;

    /// <summary>Creates the step for frames of <paramref name="frameSamples"/> samples (160 at 8 kHz).</summary>
    public PacketLossConcealment(int frameSamples = 160)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frameSamples, RampSamples);
        _lastGood = new short[frameSamples];
    }

    /// <summary>Frames substituted since the last good one.</summary>
    public int ConcealedInARow => _concealedInARow;

    /// <summary>
    /// Passes a good frame to <paramref name="output"/>, remembering it for later substitutes; ramps in from the last
    /// sample played when the previous frame was a substitute.
    /// </summary>
    public void Good(ReadOnlySpan<short> frame, Span<short> output)
    {
        frame.CopyTo(output);
        if (_concealedInARow > 0) RampFromLastOutput(output);
        frame.CopyTo(_lastGood);
        _haveLastGood = true;
        _concealedInARow = 0;
        _lastOutput = output[^1];
    }

    /// <summary>
    /// Writes the substitute for one missing frame: the last good frame faded, or silence after
    /// <see cref="FadeFrames"/> substitutes in a row.
    /// </summary>
    public void Conceal(Span<short> output)
    {
        _concealedInARow++;
        if (!_haveLastGood || _concealedInARow > FadeFrames)
        {
            output.Clear();
        }
        else
        {
            // The gain runs from (FadeFrames - n + 1)/FadeFrames to (FadeFrames - n)/FadeFrames across this frame.
            var length = output.Length;
            var total = FadeFrames * length;
            var start = (FadeFrames - _concealedInARow + 1) * length;
            for (var i = 0; i < length; i++) output[i] = (short)(_lastGood[i] * (start - i) / total);
        }
        RampFromLastOutput(output);
        _lastOutput = output[^1];
    }

    /// <summary>Notes a frame played by other means (e.g. a merge of two frames), so the next ramp starts from it.</summary>
    public void Played(ReadOnlySpan<short> output)
    {
        _lastOutput = output[^1];
        if (_concealedInARow == 0) output.CopyTo(_lastGood);
    }

    private void RampFromLastOutput(Span<short> output)
    {
        for (var i = 0; i < RampSamples; i++)
        {
            output[i] = (short)(_lastOutput + (output[i] - _lastOutput) * (i + 1) / RampSamples);
        }
    }
}
