using System.Security.Cryptography;

namespace Switchboard.Client.Signing;

/// <summary>
/// HMAC-SHA256 (RFC 2104) built from two one-shot SHA-256 calls. On Linux each OpenSSL call has a fixed cost
/// that dwarfs hashing a few hundred bytes, and the one-shot HMAC call costs more than two digest calls, so
/// this is measurably faster for the short messages of TC3 (see docs/benchmarks.md).
/// </summary>
internal static class HmacSha256
{
    private const int BlockSize = 64;
    private const int StackMessageLimit = 512;

    public static void HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> message, Span<byte> destination)
    {
        if (message.Length > StackMessageLimit)
        {
            HMACSHA256.HashData(key, message, destination);
            return;
        }
        Span<byte> blockKey = stackalloc byte[BlockSize];
        blockKey.Clear();
        if (key.Length > BlockSize)
        {
            SHA256.HashData(key, blockKey);
        }
        else
        {
            key.CopyTo(blockKey);
        }

        Span<byte> inner = stackalloc byte[BlockSize + StackMessageLimit];
        for (int i = 0; i < BlockSize; i++)
        {
            inner[i] = (byte)(blockKey[i] ^ 0x36);
        }
        message.CopyTo(inner[BlockSize..]);
        Span<byte> outer = stackalloc byte[BlockSize + SHA256.HashSizeInBytes];
        SHA256.HashData(inner[..(BlockSize + message.Length)], outer[BlockSize..]);
        for (int i = 0; i < BlockSize; i++)
        {
            outer[i] = (byte)(blockKey[i] ^ 0x5c);
        }
        SHA256.HashData(outer, destination[..SHA256.HashSizeInBytes]);

        CryptographicOperations.ZeroMemory(blockKey);
        CryptographicOperations.ZeroMemory(inner[..BlockSize]);
        CryptographicOperations.ZeroMemory(outer[..BlockSize]);
    }
}
