using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Media.Dtls;

/// <summary>
/// A certificate fingerprint as SDP carries it in <c>a=fingerprint</c> (RFC 8122 §5): a hash function name and the
/// digest of the DER certificate, written as upper-case hex pairs joined by colons.
/// </summary>
public sealed record DtlsFingerprint
{
    private readonly byte[] _digest;

    private DtlsFingerprint(string algorithm, byte[] digest)
    {
        Algorithm = algorithm;
        _digest = digest;
    }

    /// <summary>The hash function, lower case as registered with IANA (<c>sha-256</c>, <c>sha-1</c>, ...).</summary>
    public string Algorithm { get; }

    /// <summary>The digest bytes.</summary>
    public ReadOnlySpan<byte> Digest => _digest;

    /// <summary>The fingerprint of a DER-encoded certificate with the given hash function.</summary>
    /// <exception cref="ArgumentException">The hash function is not one this stack knows.</exception>
    public static DtlsFingerprint Compute(string algorithm, ReadOnlySpan<byte> certificateDer)
    {
        var name = algorithm.ToLowerInvariant();
        var digest = Hash(name, certificateDer) ?? throw new ArgumentException($"unknown hash function '{algorithm}'", nameof(algorithm));
        return new DtlsFingerprint(name, digest);
    }

    /// <summary>
    /// Parses the value of an <c>a=fingerprint</c> attribute (<c>sha-256 AB:CD:...</c>); false, with a reason, when the
    /// hash function is unknown or the digest is not colon-separated hex of the function's length. Never throws.
    /// </summary>
    public static bool TryParse(string? value, out DtlsFingerprint? fingerprint, out string? error)
    {
        fingerprint = null;
        error = null;
        if (string.IsNullOrWhiteSpace(value)) { error = "empty fingerprint"; return false; }
        var parts = value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2) { error = "a fingerprint is a hash function and a digest separated by one space"; return false; }
        var algorithm = parts[0].ToLowerInvariant();
        var length = DigestLength(algorithm);
        if (length == 0) { error = $"unknown hash function '{parts[0]}'"; return false; }
        var hex = parts[1];
        if (hex.Length != length * 3 - 1) { error = $"a {algorithm} digest is {length} colon-separated hex bytes"; return false; }
        var digest = new byte[length];
        for (var i = 0; i < length; i++)
        {
            var at = i * 3;
            if (i > 0 && hex[at - 1] != ':') { error = "digest bytes must be separated by colons"; return false; }
            if (!IsHex(hex[at]) || !IsHex(hex[at + 1])) { error = "digest bytes must be hex pairs"; return false; }
            digest[i] = (byte)(HexValue(hex[at]) << 4 | HexValue(hex[at + 1]));
        }
        fingerprint = new DtlsFingerprint(algorithm, digest);
        return true;
    }

    /// <summary>Whether <paramref name="certificateDer"/> hashes to this fingerprint (in constant time).</summary>
    public bool Matches(ReadOnlySpan<byte> certificateDer)
    {
        var digest = Hash(Algorithm, certificateDer);
        return digest is not null && CryptographicOperations.FixedTimeEquals(digest, _digest);
    }

    /// <summary>The SDP form: <c>sha-256 AB:CD:...</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Algorithm.Length + 1 + _digest.Length * 3);
        text.Append(Algorithm).Append(' ');
        for (var i = 0; i < _digest.Length; i++)
        {
            if (i > 0) text.Append(':');
            text.Append(_digest[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>Equal when the hash function and the digest are equal.</summary>
    public bool Equals(DtlsFingerprint? other) =>
        other is not null && Algorithm == other.Algorithm && _digest.AsSpan().SequenceEqual(other._digest);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Algorithm);
        hash.AddBytes(_digest);
        return hash.ToHashCode();
    }

    private static int DigestLength(string algorithm) => algorithm switch
    {
        "sha-1" => 20,
        "sha-256" => 32,
        "sha-384" => 48,
        "sha-512" => 64,
        _ => 0,
    };

    private static byte[]? Hash(string algorithm, ReadOnlySpan<byte> data) => algorithm switch
    {
        "sha-1" => SHA1.HashData(data),
        "sha-256" => SHA256.HashData(data),
        "sha-384" => SHA384.HashData(data),
        "sha-512" => SHA512.HashData(data),
        _ => null,
    };

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
