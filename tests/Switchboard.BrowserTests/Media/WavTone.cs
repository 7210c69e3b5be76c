using System.Buffers.Binary;

namespace Switchboard.BrowserTests.Media;

/// <summary>Reads a recording (8 kHz PCM16 WAV, mono or stereo) and measures a tone in it with a Goertzel filter.</summary>
public static class WavTone
{
    /// <summary>The samples of <paramref name="channel"/> (0 left/mono, 1 right) of the WAV file at <paramref name="path"/>.</summary>
    public static short[] Read(string path, int channel = 0)
    {
        var bytes = File.ReadAllBytes(path);
        var channels = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(22));
        // Walk the chunks to "data": writers may add others (LIST, fact) before it.
        var offset = 12;
        while (offset + 8 <= bytes.Length && !bytes.AsSpan(offset, 4).SequenceEqual("data"u8))
            offset += 8 + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset + 4));
        var start = offset + 8;
        var frames = (bytes.Length - start) / (2 * channels);
        var samples = new short[frames];
        for (var i = 0; i < frames; i++)
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(start + 2 * (i * channels + channel)));
        return samples;
    }

    /// <summary>
    /// Share of the signal's power at <paramref name="frequency"/> (0..1) over its clearest quarter second. A quarter
    /// second, not longer: on a loaded machine a few concealed 20 ms frames break the tone's phase, and a window that
    /// spans one measures the break rather than whether the file holds the tone.
    /// </summary>
    public static double Level(short[] samples, double frequency, int sampleRate = 8000)
    {
        var length = sampleRate / 4;
        var best = 0.0;
        for (var start = 0; start + length <= samples.Length; start += length / 2)
        {
            var window = samples.AsSpan(start, length);
            double total = 0, previous = 0, beforePrevious = 0;
            var coefficient = 2 * Math.Cos(2 * Math.PI * frequency / sampleRate);
            foreach (var sample in window)
            {
                total += (double)sample * sample;
                var current = sample + coefficient * previous - beforePrevious;
                beforePrevious = previous;
                previous = current;
            }
            if (total == 0) continue;
            var power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
            best = Math.Max(best, 2 * power / window.Length / total);
        }
        return best;
    }
}
