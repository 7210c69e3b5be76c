using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace Switchboard.Media.Srtp;

/// <summary>
/// AES in counter mode as SRTP defines it (RFC 3711 §4.1.1): the keystream is AES of the 128-bit IV plus the block
/// number, XORed into the data. Used for payload encryption and as the key derivation PRF.
/// </summary>
/// <remarks>
/// Counter blocks go through a cached ECB encryptor one chunk at a time: <see cref="ICryptoTransform.TransformBlock"/>
/// into reused arrays allocates nothing, whereas the span overload of <c>Aes.EncryptEcb</c> allocates a native
/// cipher wrapper per call (about 65 bytes on .NET 10), which would break the zero-allocation hot path.
/// </remarks>
internal sealed class AesCounterMode : IDisposable
{
    /// <summary>Blocks encrypted per ECB call; a 160-byte G.711 payload needs 10.</summary>
    private const int ChunkBlocks = 64;
    private const int BlockSize = 16;

    /// <summary>The block number lives in the low 16 bits of the IV, so one IV covers at most this many bytes.</summary>
    public const int MaxLength = 65536 * BlockSize;

    private readonly Aes _aes;
    private readonly ICryptoTransform _ecb;
    private readonly byte[] _counters = new byte[ChunkBlocks * BlockSize];
    private readonly byte[] _keystream = new byte[ChunkBlocks * BlockSize];

    public AesCounterMode(ReadOnlySpan<byte> key)
    {
        _aes = Aes.Create();
        _aes.Key = key.ToArray();
        _aes.Mode = CipherMode.ECB;
        _aes.Padding = PaddingMode.None;
        _ecb = _aes.CreateEncryptor();
    }

    /// <summary>XORs <paramref name="data"/> with the keystream that starts at the 16-byte <paramref name="iv"/>.</summary>
    public void Apply(ReadOnlySpan<byte> iv, Span<byte> data)
    {
        if (data.Length > MaxLength) throw new ArgumentOutOfRangeException(nameof(data), "Longer than one SRTP keystream.");
        var low = BinaryPrimitives.ReadUInt16BigEndian(iv[14..]);
        var block = 0;
        while (!data.IsEmpty)
        {
            var blocks = Math.Min(ChunkBlocks, (data.Length + BlockSize - 1) / BlockSize);
            for (var i = 0; i < blocks; i++)
            {
                var counter = _counters.AsSpan(i * BlockSize, BlockSize);
                iv[..14].CopyTo(counter);
                BinaryPrimitives.WriteUInt16BigEndian(counter[14..], (ushort)(low + block + i));
            }
            _ecb.TransformBlock(_counters, 0, blocks * BlockSize, _keystream, 0);
            var take = Math.Min(data.Length, blocks * BlockSize);
            Xor(data[..take], _keystream);
            data = data[take..];
            block += blocks;
        }
    }

    private static void Xor(Span<byte> data, ReadOnlySpan<byte> keystream)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= data.Length - Vector<byte>.Count; i += Vector<byte>.Count)
                (new Vector<byte>(data[i..]) ^ new Vector<byte>(keystream[i..])).CopyTo(data[i..]);
        }
        for (; i < data.Length; i++) data[i] ^= keystream[i];
    }

    public void Dispose()
    {
        _ecb.Dispose();
        _aes.Dispose();
    }
}
