using System.Buffers.Binary;
using Switchboard.Media.Codecs;

namespace Switchboard.Media.Audio;

/// <summary>
/// Reads prompts and hold music from WAV (RIFF) files: 8 kHz mono, 16-bit PCM, µ-law or A-law, decoded to PCM16.
/// Anything else is refused with an error that says what the file is and what is needed, so an administrator can
/// convert it. A data chunk whose size is missing or runs past the end (a recording cut off by a crash) is read up
/// to the end of the file.
/// </summary>
public static class WavReader
{
    private const int WaveFormatExtensible = 0xFFFE;

    /// <summary>
    /// Reads <paramref name="file"/>; false with <paramref name="error"/> set when it is not a WAV file Switchboard
    /// can play. Never throws.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> file, out short[] samples, out WavFormat format, out string? error)
    {
        samples = [];
        format = default;
        error = null;
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8) || !file[8..12].SequenceEqual("WAVE"u8))
        {
            error = "not a WAV file (no RIFF/WAVE header)";
            return false;
        }
        var chunks = file[12..];
        var haveFormat = false;
        while (chunks.Length >= 8)
        {
            var id = chunks[..4];
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunks[4..]);
            var body = chunks[8..];
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || body.Length < 16)
                {
                    error = "the fmt chunk is too short";
                    return false;
                }
                if (!TryReadFormat(body[..(int)Math.Min(size, (uint)body.Length)], out format, out error)) return false;
                haveFormat = true;
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (!haveFormat)
                {
                    error = "the data chunk comes before any fmt chunk";
                    return false;
                }
                // A size of 0 or one past the end means the writer never finished the header: read what is there.
                var data = size == 0 || size > body.Length ? body : body[..(int)size];
                samples = Decode(data, format);
                return true;
            }
            var skip = 8 + (long)size + (size & 1);
            if (skip > chunks.Length) break;
            chunks = chunks[(int)skip..];
        }
        error = haveFormat ? "no data chunk" : "no fmt chunk";
        return false;
    }

    /// <summary>Reads a WAV file from disk, throwing <see cref="InvalidDataException"/> with the reason when it cannot be played.</summary>
    public static short[] Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!TryRead(bytes, out var samples, out _, out var error))
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: {error}");
        }
        return samples;
    }

    private static bool TryReadFormat(ReadOnlySpan<byte> fmt, out WavFormat format, out string? error)
    {
        format = default;
        error = null;
        int tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
        var rate = BinaryPrimitives.ReadUInt32LittleEndian(fmt[4..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);
        if (tag == WaveFormatExtensible && fmt.Length >= 26) tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt[24..]);
        var problem = (tag, bits) switch
        {
            (1, 16) or (6, 8) or (7, 8) => null,
            (1, _) => $"{bits}-bit PCM is not supported",
            (6 or 7, _) => $"{bits}-bit G.711 is not valid",
            _ => $"format tag {tag} is not supported",
        };
        if (problem is null && channels != 1) problem = $"{channels} channels are not supported";
        if (problem is null && rate != AudioFrame.SampleRate) problem = $"{rate} Hz is not supported";
        if (problem is not null)
        {
            error = $"{problem}; prompts must be 8000 Hz mono, 16-bit PCM, µ-law or A-law";
            return false;
        }
        format = (WavFormat)tag;
        return true;
    }

    private static short[] Decode(ReadOnlySpan<byte> data, WavFormat format)
    {
        if (format == WavFormat.Pcm16)
        {
            var pcm = new short[data.Length / 2];
            for (var i = 0; i < pcm.Length; i++) pcm[i] = BinaryPrimitives.ReadInt16LittleEndian(data[(2 * i)..]);
            return pcm;
        }
        var samples = new short[data.Length];
        if (format == WavFormat.MuLaw) MuLaw.Decode(data, samples);
        else ALaw.Decode(data, samples);
        return samples;
    }
}
