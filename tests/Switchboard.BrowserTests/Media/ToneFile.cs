using System.Buffers.Binary;

namespace Switchboard.BrowserTests.Media;

/// <summary>
/// A WAV file holding one sine tone, for Chromium's fake microphone (<c>--use-file-for-fake-audio-capture</c>, which
/// loops it). 48 kHz mono PCM16, what Chromium captures natively, so no resampling blurs the tone.
/// </summary>
public static class ToneFile
{
    private const int SampleRate = 48_000;

    /// <summary>Writes <paramref name="seconds"/> of a <paramref name="frequency"/> Hz tone at half scale to a new temp file.</summary>
    public static string Write(double frequency, int seconds = 2)
    {
        var samples = SampleRate * seconds;
        var bytes = new byte[44 + 2 * samples];
        var span = bytes.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], bytes.Length - 8);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], 2 * samples);
        // A whole number of periods per file keeps the loop seamless for the tones the tests use.
        for (var i = 0; i < samples; i++)
        {
            var value = (short)(0.5 * short.MaxValue * Math.Sin(2 * Math.PI * frequency * i / SampleRate));
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + 2 * i)..], value);
        }
        var path = Path.Combine(Path.GetTempPath(), $"switchboard-tone-{frequency:0}hz-{Guid.NewGuid():N}.wav");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
