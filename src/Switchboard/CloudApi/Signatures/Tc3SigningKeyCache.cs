using System.Runtime.InteropServices;
using Switchboard.Client.Signing;

namespace Switchboard.CloudApi.Signatures;

/// <summary>
/// Remembers derived TC3 signing keys. A key depends only on (SecretKey, scope date, service), so a busy client
/// needs one derivation per day, and each saved derivation is three HMAC calls — the largest part of a verify.
/// A fixed table of slots bounds the memory; a collision simply replaces the older entry. Only a miss allocates.
/// </summary>
internal static class Tc3SigningKeyCache
{
    private const int SlotCount = 256;
    private static readonly Entry?[] Slots = new Entry?[SlotCount];

    public static void GetSigningKey(ReadOnlySpan<byte> secretKeyUtf8, ReadOnlySpan<char> date, ReadOnlySpan<char> service,
        Span<byte> destination)
    {
        int slot = SlotOf(secretKeyUtf8, date, service);
        Entry? entry = Volatile.Read(ref Slots[slot]);
        if (entry is not null && entry.IsFor(secretKeyUtf8, date, service))
        {
            entry.SigningKey.CopyTo(destination);
            return;
        }
        Tc3Signature.DeriveSigningKey(secretKeyUtf8, date, service, destination);
        Volatile.Write(ref Slots[slot], new Entry(secretKeyUtf8.ToArray(), date.ToString(), service.ToString(),
            destination[..Tc3Signature.HashSize].ToArray()));
    }

    /// <summary>Forgets every key (tests, or after keys are rotated, to drop secrets from memory early).</summary>
    public static void Clear() => Array.Clear(Slots);

    private static int SlotOf(ReadOnlySpan<byte> secretKeyUtf8, ReadOnlySpan<char> date, ReadOnlySpan<char> service)
    {
        var hash = new HashCode();
        hash.AddBytes(secretKeyUtf8);
        hash.AddBytes(MemoryMarshal.AsBytes(date));
        hash.AddBytes(MemoryMarshal.AsBytes(service));
        return hash.ToHashCode() & (SlotCount - 1);
    }

    /// <summary>Immutable, so a reader racing a writer sees either the old or the new entry, never a mix.</summary>
    private sealed class Entry(byte[] secretKeyUtf8, string date, string service, byte[] signingKey)
    {
        public byte[] SigningKey { get; } = signingKey;

        public bool IsFor(ReadOnlySpan<byte> secret, ReadOnlySpan<char> scopeDate, ReadOnlySpan<char> scopeService)
            => scopeDate.SequenceEqual(date) && scopeService.SequenceEqual(service) && secret.SequenceEqual(secretKeyUtf8);
    }
}
