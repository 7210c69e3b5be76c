using System.Buffers.Binary;
using CsCheck;
using Switchboard.Media.Audio;
using Switchboard.Media.Codecs;

namespace Switchboard.Media.Tests.Audio;

public class PlayerTests
{
    private static byte[] Wav(ushort tag, ushort channels, uint rate, ushort bits, ReadOnlySpan<byte> data, bool extraChunk = false)
    {
        var list = new List<byte>();
        list.AddRange("RIFF"u8.ToArray());
        list.AddRange(new byte[4]);
        list.AddRange("WAVE"u8.ToArray());
        if (extraChunk) list.AddRange([.. "LIST"u8.ToArray(), 3, 0, 0, 0, 1, 2, 3, 0]); // odd size, padded
        list.AddRange("fmt "u8.ToArray());
        var fmt = new byte[20];
        BinaryPrimitives.WriteUInt32LittleEndian(fmt, 16);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(4), tag);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(6), channels);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(8), rate);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(12), rate * channels * bits / 8u);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(16), (ushort)(channels * bits / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(18), bits);
        list.AddRange(fmt);
        list.AddRange("data"u8.ToArray());
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)data.Length);
        list.AddRange(size);
        list.AddRange(data.ToArray());
        return [.. list];
    }

    private static byte[] Pcm16Wav(short[] samples)
    {
        var stream = new MemoryStream();
        using (var writer = new WavWriter(stream, channels: 1)) writer.Write(samples);
        return stream.ToArray();
    }

    [Fact]
    public void A_looping_player_repeats_the_file_sample_exactly_across_frame_boundaries()
    {
        var samples = Tone.Make(440, 1000); // 6.25 frames: every repetition starts mid-frame
        Assert.True(WavReader.TryRead(Pcm16Wav(samples), out var loaded, out _, out _));
        var player = new Player(loaded, loop: true);
        var played = new List<short>();
        var frame = new short[160];

        for (var i = 0; i < 25; i++)
        {
            Assert.True(player.ReadFrame(frame));
            played.AddRange(frame);
        }

        Assert.Equal(Enumerable.Range(0, 4000).Select(i => samples[i % 1000]), played);
        Assert.False(player.Finished);
    }

    [Fact]
    public void A_prompt_plays_once_then_silence()
    {
        var samples = Tone.Make(440, 200);
        var player = new Player(samples, loop: false);
        var frame = new short[160];

        Assert.True(player.ReadFrame(frame));
        Assert.True(player.ReadFrame(frame));
        Assert.Equal(samples[160..], frame[..40]);
        Assert.All(frame[40..], s => Assert.Equal(0, s));
        Assert.True(player.Finished);
        Assert.False(player.ReadFrame(frame));
        Assert.All(frame, s => Assert.Equal(0, s));
    }

    [Theory]
    [InlineData((ushort)7)]
    [InlineData((ushort)6)]
    public void G711_wav_files_are_decoded_to_pcm(ushort tag)
    {
        var codes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var expected = new short[256];
        if (tag == 7) MuLaw.Decode(codes, expected);
        else ALaw.Decode(codes, expected);

        Assert.True(WavReader.TryRead(Wav(tag, 1, 8000, 8, codes, extraChunk: true), out var samples, out var format, out var error), error);

        Assert.Equal((WavFormat)tag, format);
        Assert.Equal(expected, samples);
    }

    [Fact]
    public void Extensible_format_headers_are_read_by_their_subformat()
    {
        var file = Wav(0xFFFE, 1, 8000, 8, [0x00, 0xFF]);
        // Grow fmt to 40 bytes: cbSize 22, valid bits, channel mask, then the subformat GUID starting with tag 7.
        var fmtSize = 40;
        var extended = new List<byte>(file[..16]);
        extended.AddRange(BitConverter.GetBytes(fmtSize));
        extended.AddRange(file[20..36]);
        extended.AddRange([22, 0, 8, 0, 4, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0x10, 0, 0x80, 0, 0, 0xAA, 0, 0x38, 0x9B, 0x71]);
        extended.AddRange(file[36..]);

        Assert.True(WavReader.TryRead(extended.ToArray(), out var samples, out var format, out var error), error);
        Assert.Equal((WavFormat.MuLaw, MuLaw.Decode(0x00), MuLaw.Decode(0xFF)), (format, samples[0], samples[1]));
    }

    public static TheoryData<string, byte[], string> Unsupported => new()
    {
        { "stereo", Wav(1, 2, 8000, 16, new byte[8]), "2 channels are not supported" },
        { "16 kHz", Wav(1, 1, 16000, 16, new byte[8]), "16000 Hz is not supported" },
        { "8-bit PCM", Wav(1, 1, 8000, 8, new byte[8]), "8-bit PCM is not supported" },
        { "float", Wav(3, 1, 8000, 32, new byte[8]), "format tag 3 is not supported" },
        { "MP3", [.. "ID3"u8.ToArray(), 4, 0, 0, 0, 0, 0, 0, 0, 0], "not a WAV file" },
        { "no data", Wav(1, 1, 8000, 16, new byte[8])[..36], "no data chunk" },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Unsupported_files_are_refused_with_a_reason(string name, byte[] file, string reason)
    {
        Assert.False(WavReader.TryRead(file, out _, out _, out var error), name);
        Assert.Contains(reason, error);
        if (error!.StartsWith("not a WAV", StringComparison.Ordinal)) return;
        Assert.Contains(reason == "no data chunk" ? "no data" : "8000 Hz mono", error);
    }

    [Fact]
    public void Loading_an_unsupported_file_throws_with_its_name_and_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hold-{Guid.NewGuid():N}.wav");
        File.WriteAllBytes(path, Wav(1, 2, 44100, 16, new byte[8]));
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => Player.FromWav(path, loop: true));
            Assert.Contains(Path.GetFileName(path), error.Message);
            Assert.Contains("not supported", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Written_wav_files_read_back_the_same_samples()
    {
        Gen.Short.Array[0, 2000].Sample(samples =>
        {
            Assert.True(WavReader.TryRead(Pcm16Wav(samples), out var read, out _, out _));
            Assert.Equal(samples, read);
        }, iter: 200);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var header = Wav(1, 1, 8000, 16, new byte[4]);
        Gen.Byte.Array[0, 100].Sample(bytes =>
        {
            WavReader.TryRead(bytes, out _, out _, out _);
            // Behind a valid RIFF/WAVE prefix, so the chunk walk itself is exercised.
            WavReader.TryRead([.. header[..12], .. bytes], out _, out _, out _);
            WavReader.TryRead([.. header[..36], .. bytes], out _, out _, out _);
        }, iter: 20_000);
    }
}
