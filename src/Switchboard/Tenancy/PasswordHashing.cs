using System.Globalization;
using System.Security.Cryptography;

namespace Switchboard.Tenancy;

/// <summary>
/// Salted PBKDF2-HMAC-SHA256 password hashes stored as <c>pbkdf2-sha256$iterations$salt$hash</c>
/// (base64). The scheme name and iteration count travel with each hash, so the cost can be raised
/// later without invalidating existing accounts.
/// </summary>
public static class PasswordHashing
{
    /// <summary>Iterations for new hashes (OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256).</summary>
    public const int DefaultIterations = 600_000;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    // A stored hash is trusted input, but a corrupted row must not pin a CPU for minutes.
    private const int MaxIterations = 10_000_000;

    /// <summary>Hashes <paramref name="password"/> with a fresh random salt.</summary>
    public static string Hash(string password) => Hash(password, DefaultIterations);

    internal static string Hash(string password, int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        Span<byte> salt = stackalloc byte[SaltBytes];
        RandomNumberGenerator.Fill(salt);
        Span<byte> hash = stackalloc byte[HashBytes];
        Rfc2898DeriveBytes.Pbkdf2(password, salt, hash, iterations, HashAlgorithmName.SHA256);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Scheme}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>True when <paramref name="password"/> matches <paramref name="storedHash"/>; false for any malformed hash.</summary>
    public static bool Verify(string password, string storedHash)
    {
        var parts = storedHash.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            || iterations < 1 || iterations > MaxIterations) return false;

        Span<byte> salt = stackalloc byte[SaltBytes];
        Span<byte> expected = stackalloc byte[HashBytes];
        if (!Convert.TryFromBase64String(parts[2], salt, out var saltLength) || saltLength != SaltBytes) return false;
        if (!Convert.TryFromBase64String(parts[3], expected, out var hashLength) || hashLength != HashBytes) return false;

        Span<byte> actual = stackalloc byte[HashBytes];
        Rfc2898DeriveBytes.Pbkdf2(password, salt, actual, iterations, HashAlgorithmName.SHA256);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
