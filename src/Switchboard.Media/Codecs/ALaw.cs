using System.Numerics;

namespace Switchboard.Media.Codecs;

/// <summary>
/// G.711 A-law (PCMA, RTP payload type 8): 16-bit linear PCM to 8-bit codes and back. Encoding applies the G.711
/// segment rule to the 13-bit magnitude (negative samples use one's complement, so −1 is "negative zero") and
/// inverts the even bits (XOR 0x55); decoding returns the middle of each quantisation interval. Silence is 0xD5;
/// full scale is ±32,256.
/// </summary>
public static class ALaw
{
    /// <summary>The code of a zero sample (positive zero).</summary>
    public const byte Silence = 0xD5;

    /// <summary>Largest decoded magnitude.</summary>
    public const short MaxMagnitude = 32256;

    private const int EvenBits = 0x55;

    private static readonly short[] DecodeTable = BuildDecodeTable();

    /// <summary>Encodes one sample.</summary>
    public static byte Encode(short sample)
    {
        int magnitude = sample;
        var sign = 0x80;
        if (magnitude < 0)
        {
            magnitude = ~magnitude;
            sign = 0;
        }
        int code;
        if (magnitude < 256)
        {
            code = magnitude >> 4;
        }
        else
        {
            // Segments 1…7 double in width: the top set bit (8…14) picks the segment.
            var exponent = BitOperations.Log2((uint)magnitude) - 7;
            code = (exponent << 4) | ((magnitude >> (exponent + 3)) & 0x0F);
        }
        return (byte)((sign | code) ^ EvenBits);
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
            var bits = code ^ EvenBits;
            var exponent = (bits >> 4) & 0x07;
            var magnitude = ((bits & 0x0F) << 4) + 8;
            if (exponent > 0) magnitude = (magnitude + 0x100) << (exponent - 1);
            table[code] = (short)((bits & 0x80) != 0 ? magnitude : -magnitude);
        }
        return table;
    }
}
