using System.Security.Cryptography;
using System.Text;

namespace Switchboard.IntegrationTests.Infrastructure;

/// <summary>
/// An independent check of the documented stored form <c>pbkdf2-sha256$iterations$salt$hash</c>, written
/// without the server's hasher so a test knows the exact password a client sent (every character, whatever
/// the encoding on the wire) is the one the server stored.
/// </summary>
internal static class StoredPassword
{
    public static bool Verifies(string password, string? stored)
    {
        var parts = stored?.Split('$');
        Assert.NotNull(parts);
        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Convert.FromBase64String(parts[2]),
            int.Parse(parts[1]), HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
