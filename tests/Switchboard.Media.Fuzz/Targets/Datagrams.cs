using System.Buffers.Binary;

namespace Switchboard.Media.Fuzz.Targets;

/// <summary>
/// How a stateful target reads several datagrams from one fuzz input: each is a 16-bit big-endian length followed by
/// that many bytes; a length running past the end takes what is left. Any input splits somehow, so every mutation
/// still reaches the target.
/// </summary>
internal static class Datagrams
{
    /// <summary>Most datagrams one input is split into, so a run stays short whatever afl-fuzz makes.</summary>
    private const int MaxCount = 64;

    /// <summary>Calls <paramref name="each"/> for every datagram in <paramref name="input"/>, in order.</summary>
    internal static void ForEach(ReadOnlySpan<byte> input, Each each)
    {
        for (var count = 0; input.Length >= 2 && count < MaxCount; count++)
        {
            var length = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(input), input.Length - 2);
            each(input.Slice(2, length));
            input = input[(2 + length)..];
        }
    }

    /// <summary>The input that splits into <paramref name="datagrams"/>.</summary>
    internal static byte[] Join(params IEnumerable<byte[]> datagrams)
    {
        var joined = new List<byte>();
        foreach (var datagram in datagrams)
        {
            joined.Add((byte)(datagram.Length >> 8));
            joined.Add((byte)datagram.Length);
            joined.AddRange(datagram);
        }
        return [.. joined];
    }

    /// <summary>What is done with one datagram.</summary>
    internal delegate void Each(ReadOnlySpan<byte> datagram);
}
