using System.Buffers.Binary;
using Switchboard.Media.Audio;

namespace Switchboard.Media.Fuzz.Targets;

/// <summary>
/// A prompt or hold-music file an administrator uploads, read with <see cref="WavReader.TryRead"/>: it must either
/// give samples or say why not.
/// </summary>
internal static class WavTarget
{
    internal static void Run(ReadOnlySpan<byte> data)
    {
        var read = WavReader.TryRead(data, out var samples, out var format, out var error);
        if (read ? error is not null || samples.Length > data.Length : error is null)
            throw new InvalidOperationException($"TryRead returned {read} with error '{error}' and {samples.Length} samples ({format})");
    }

    internal static IEnumerable<byte[]> Seeds()
    {
        yield return Wav(formatTag: 1, bits: 16, data: [0x00, 0x10, 0x00, 0xF0, 0xFF, 0x7F]);
        yield return Wav(formatTag: 7, bits: 8, data: [0xFF, 0x00, 0x7F, 0x80]);
        yield return Wav(formatTag: 6, bits: 8, data: [0xD5, 0x55], extensible: true, listChunk: true);
    }

    /// <summary>An 8 kHz mono RIFF/WAVE file, optionally with WAVE_FORMAT_EXTENSIBLE and a LIST chunk before the data.</summary>
    private static byte[] Wav(ushort formatTag, ushort bits, byte[] data, bool extensible = false, bool listChunk = false)
    {
        var fmt = new byte[extensible ? 40 : 16];
        BinaryPrimitives.WriteUInt16LittleEndian(fmt, extensible ? (ushort)0xFFFE : formatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(4), 8000);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(8), 8000u * bits / 8);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(12), (ushort)(bits / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(14), bits);
        if (extensible)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(16), 22);
            BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(24), formatTag);
        }
        var body = new List<byte>("WAVE"u8.ToArray());
        Chunk(body, "fmt ", fmt);
        if (listChunk) Chunk(body, "LIST", "INFOISFT\x05\0\0\0odd\0\0"u8.ToArray());
        Chunk(body, "data", data);
        var file = new List<byte>("RIFF"u8.ToArray());
        file.AddRange(BitConverter.GetBytes((uint)body.Count));
        file.AddRange(body);
        return [.. file];
    }

    private static void Chunk(List<byte> into, string id, byte[] body)
    {
        into.AddRange(System.Text.Encoding.ASCII.GetBytes(id));
        into.AddRange(BitConverter.GetBytes((uint)body.Length));
        into.AddRange(body);
        if ((body.Length & 1) != 0) into.Add(0);
    }
}
