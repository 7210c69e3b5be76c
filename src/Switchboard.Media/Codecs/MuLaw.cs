using System.Numerics;

namespace Switchboard.Media.Codecs;

/// <summary>
/// G.711 µ-law (PCMU, RTP payload type 0): 16-bit linear PCM to 8-bit codes and back. Encoding follows the G.711
/// segment rule on the 14-bit magnitude plus the bias of 33 (132 at 16-bit scale); decoding returns the middle of
/// each quantisation interval. Silence is 0xFF; full scale is ±32,124.
/// </summary>
public static class MuLaw
{
    /// <summary>The code of a zero sample (positive zero).</summary>
    public const byte Silence = 0xFF;

    /// <summary>Largest decoded magnitude.</summary>
    public const short MaxMagnitude = 32124;

    private const int Bias = 0x84;
    private const int Clip = short.MaxValue - Bias;

    private static readonly short[] DecodeTable = BuildDecodeTable();

    /// <summary>Encodes one sample.</summary>
    public static byte Encode(short sample)
    {
        int magnitude = sample;
        var sign = 0;
        if (magnitude < 0)
        {
            magnitude = -magnitude;
            sign = 0x80;
        }
        magnitude = Math.Min(magnitude, Clip) + Bias;
        // The biased magnitude is 132…32767: its top set bit (7…14) picks the segment.
        var exponent = BitOperations.Log2((uint)magnitude) - 7;
        var mantissa = (magnitude >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }

    /// <summary>Decodes one code.</summary>
    public static short Decode(byte code) => DecodeTable[code];

    /// <summary>Encodes <paramref name="pcm"/> into the first <c>pcm.Length</c> bytes of <paramref name="encoded"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="encoded"/> is shorter than <paramref name="pcm"/>.</exception>
    public static void Encode(ReadOnlySpan<short> pcm, Span<byte> encoded)
    {
        if (encoded.Length < pcm.Length) throw new ArgumentException("Destination shorter than the samples.", nameof(encoded));
        for (var i = 0; i < pcm.Length; i++) encoded[i] = Encode(pcm[i]);
    }

    /// <summary>Decodes <paramref name="encoded"/> into the first <c>encoded.Length</c> samples of <paramref name="pcm"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="pcm"/> is shorter than <paramref name="encoded"/>.</exception>
    public static void Decode(ReadOnlySpan<byte> encoded, Span<short> pcm)
    {
        if (pcm.Length < encoded.Length) throw new ArgumentException("Destination shorter than the codes.", nameof(pcm));
        var table = DecodeTable;
        for (var i = 0; i < encoded.Length; i++) pcm[i] = table[encoded[i]];
    }

    private static short[] BuildDecodeTable()
    {
        var table = new short[256];
        for (var code = 0; code < 256; code++)
        {
            var bits = ~code & 0xFF;
            var exponent = (bits >> 4) & 0x07;
            var mantissa = bits & 0x0F;
            var magnitude = (((mantissa << 3) + Bias) << exponent) - Bias;
            table[code] = (short)((bits & 0x80) != 0 ? -magnitude : magnitude);
        }
        return table;
    }
}
