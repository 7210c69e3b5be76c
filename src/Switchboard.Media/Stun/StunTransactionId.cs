using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Switchboard.Media.Stun;

/// <summary>The 96-bit transaction id that pairs a STUN response with its request, held without allocation.</summary>
public readonly record struct StunTransactionId
{
    /// <summary>Bytes of a transaction id on the wire.</summary>
    public const int Length = 12;

    private readonly ulong _high;
    private readonly uint _low;

    private StunTransactionId(ulong high, uint low) => (_high, _low) = (high, low);

    /// <summary>Reads an id from the first 12 bytes of <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 12 bytes.</exception>
    public static StunTransactionId Read(ReadOnlySpan<byte> source) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(source), BinaryPrimitives.ReadUInt32BigEndian(source[8..Length]));

    /// <summary>A fresh id from the cryptographic generator, as RFC 8489 §6 asks for requests.</summary>
    public static StunTransactionId NewRandom()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        return Read(bytes);
    }

    /// <summary>Writes the id into the first 12 bytes of <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 12 bytes.</exception>
    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _high);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..Length], _low);
    }

    /// <inheritdoc />
    public override string ToString() => $"{_high:x16}{_low:x8}";
}
