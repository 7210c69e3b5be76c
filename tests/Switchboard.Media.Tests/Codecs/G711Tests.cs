using CsCheck;
using Switchboard.Media.Codecs;

namespace Switchboard.Media.Tests.Codecs;

public class G711Tests
{
    // Code points from G.711's tables at 16-bit scale (µ-law values ×4 from 14 bits, A-law ×8 from 13 bits).
    public static TheoryData<string, short, byte> MuLawEncodings => new()
    {
        { "zero is silence", 0, 0xFF },
        { "−1 is negative zero", -1, 0x7F },
        { "last of segment 0", 123, 0xF0 },
        { "first of segment 1", 124, 0xEF },
        { "first of segment 7", 16_252, 0x8F },
        { "positive full scale", short.MaxValue, 0x80 },
        { "clip level", 32_635, 0x80 },
        { "negative full scale", short.MinValue, 0x00 },
        { "first negative of segment 1", -124, 0x6F },
    };

    [Theory]
    [MemberData(nameof(MuLawEncodings))]
    public void Mu_law_encodes_the_standard_code_points(string name, short sample, byte code)
    {
        Assert.True(code == MuLaw.Encode(sample), $"{name}: {MuLaw.Encode(sample):X2}");
    }

    public static TheoryData<byte, short> MuLawDecodings => new()
    {
        { 0xFF, 0 }, { 0x7F, 0 }, { 0xFE, 8 }, { 0x7E, -8 }, { 0xEF, 132 }, { 0x80, 32_124 }, { 0x00, -32_124 },
    };

    [Theory]
    [MemberData(nameof(MuLawDecodings))]
    public void Mu_law_decodes_the_standard_code_points(byte code, short sample)
    {
        Assert.Equal(sample, MuLaw.Decode(code));
    }

    public static TheoryData<string, short, byte> ALawEncodings => new()
    {
        { "zero is silence", 0, 0xD5 },
        { "−1 is negative zero", -1, 0x55 },
        { "last of segment 0", 255, 0xDA },
        { "first of segment 1", 256, 0xC5 },
        { "first of segment 2", 512, 0xF5 },
        { "positive full scale", short.MaxValue, 0xAA },
        { "negative full scale", short.MinValue, 0x2A },
    };

    [Theory]
    [MemberData(nameof(ALawEncodings))]
    public void A_law_encodes_the_standard_code_points(string name, short sample, byte code)
    {
        Assert.True(code == ALaw.Encode(sample), $"{name}: {ALaw.Encode(sample):X2}");
    }

    public static TheoryData<byte, short> ALawDecodings => new()
    {
        { 0xD5, 8 }, { 0x55, -8 }, { 0xC5, 264 }, { 0xAA, 32_256 }, { 0x2A, -32_256 },
    };

    [Theory]
    [MemberData(nameof(ALawDecodings))]
    public void A_law_decodes_the_standard_code_points(byte code, short sample)
    {
        Assert.Equal(sample, ALaw.Decode(code));
    }

    [Fact]
    public void Mu_law_round_trips_every_sample_within_half_a_quantisation_step()
    {
        for (int x = short.MinValue; x <= short.MaxValue; x++)
        {
            var code = MuLaw.Encode((short)x);
            var decoded = MuLaw.Decode(code);
            var exponent = (~code >> 4) & 0x07;
            var halfStep = 4 << exponent;
            // Beyond the last decision level the codec saturates at full scale.
            var bound = Math.Abs(x) > MuLaw.MaxMagnitude + halfStep ? Math.Abs(x) - MuLaw.MaxMagnitude : halfStep;
            Assert.True(Math.Abs(decoded - x) <= bound, $"{x} → {code:X2} → {decoded}");
            Assert.Equal(Math.Sign(decoded) is 0 ? 0 : Math.Sign(x), Math.Sign(decoded));
        }
    }

    [Fact]
    public void A_law_round_trips_every_sample_within_half_a_quantisation_step()
    {
        for (int x = short.MinValue; x <= short.MaxValue; x++)
        {
            var code = ALaw.Encode((short)x);
            var decoded = ALaw.Decode(code);
            var exponent = ((code ^ 0x55) >> 4) & 0x07;
            var halfStep = 8 << Math.Max(0, exponent - 1);
            // A-law has no zero output: −1…0 decode to ∓8, one half step from zero.
            Assert.True(Math.Abs(decoded - x) <= halfStep, $"{x} → {code:X2} → {decoded}");
        }
    }

    [Fact]
    public void Every_code_decodes_and_re_encodes_to_itself()
    {
        for (var code = 0; code < 256; code++)
        {
            var expectedMuLaw = code == 0x7F ? 0xFF : code; // −0 decodes to 0, which encodes as +0
            Assert.Equal(expectedMuLaw, MuLaw.Encode(MuLaw.Decode((byte)code)));
            Assert.Equal(code, ALaw.Encode(ALaw.Decode((byte)code)));
        }
    }

    [Fact]
    public void Encoding_is_monotonic_in_the_sample()
    {
        for (int x = short.MinValue; x < short.MaxValue; x++)
        {
            Assert.True(MuLaw.Decode(MuLaw.Encode((short)x)) <= MuLaw.Decode(MuLaw.Encode((short)(x + 1))), $"µ-law at {x}");
            Assert.True(ALaw.Decode(ALaw.Encode((short)x)) <= ALaw.Decode(ALaw.Encode((short)(x + 1))), $"A-law at {x}");
        }
    }

    public static TheoryData<string> Laws => new() { "µ-law", "A-law" };

    [Theory]
    [MemberData(nameof(Laws))]
    public void A_440_hz_tone_survives_encode_and_decode(string law)
    {
        const int rate = 8000;
        var tone = new short[rate / 5]; // 200 ms
        for (var i = 0; i < tone.Length; i++) tone[i] = (short)(12_000 * Math.Sin(2 * Math.PI * 440 * i / rate));
        var encoded = new byte[tone.Length];
        var decoded = new short[tone.Length];

        if (law == "µ-law")
        {
            MuLaw.Encode(tone, encoded);
            MuLaw.Decode(encoded, decoded);
        }
        else
        {
            ALaw.Encode(tone, encoded);
            ALaw.Decode(encoded, decoded);
        }

        var noise = Math.Sqrt(tone.Zip(decoded, (a, b) => (double)(a - b) * (a - b)).Average());
        var signal = Math.Sqrt(tone.Select(a => (double)a * a).Average());
        Assert.True(20 * Math.Log10(signal / noise) > 30, $"{law} SNR {20 * Math.Log10(signal / noise):F1} dB");
        Assert.True(Goertzel(decoded, 440, rate) > 100 * Goertzel(decoded, 1000, rate), law);
    }

    [Fact]
    public void Span_encoders_refuse_a_short_destination()
    {
        Assert.Throws<ArgumentException>(() => MuLaw.Encode(new short[160], new byte[159]));
        Assert.Throws<ArgumentException>(() => ALaw.Decode(new byte[160], new short[159]));
    }

    [Fact]
    public void Span_and_sample_encoders_agree()
    {
        Gen.Short.Array[0, 400].Sample(pcm =>
        {
            var mu = new byte[pcm.Length];
            var a = new byte[pcm.Length];
            MuLaw.Encode(pcm, mu);
            ALaw.Encode(pcm, a);
            return mu.SequenceEqual(pcm.Select(MuLaw.Encode)) && a.SequenceEqual(pcm.Select(ALaw.Encode));
        });
    }

    /// <summary>Power of one frequency in a block of samples (the Goertzel filter).</summary>
    internal static double Goertzel(ReadOnlySpan<short> samples, double frequency, int rate)
    {
        var coefficient = 2 * Math.Cos(2 * Math.PI * frequency / rate);
        double previous = 0, beforePrevious = 0;
        foreach (var sample in samples)
        {
            var current = sample + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
    }
}
