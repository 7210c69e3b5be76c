using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Sdk;

/// <summary>
/// The text of SDK login tokens: 32 random bytes in base64url (43 characters, safe in a URL unescaped),
/// stored only as the lower-case hex SHA-256 of that text.
/// </summary>
public static class SdkLoginTokenFormat
{
    public const int RandomBytes = 32;
    public const int Length = 43;

    public static string Create()
    {
        Span<byte> random = stackalloc byte[RandomBytes];
        RandomNumberGenerator.Fill(random);
        return Base64Url.EncodeToString(random);
    }

    /// <summary>True when <paramref name="token"/> could have been made by <see cref="Create"/>; anything else is not worth a database look-up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && Base64Url.IsValid(token, out var decodedLength) && decodedLength == RandomBytes;

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 text: the key it is stored under.</summary>
    public static string HashOf(string token)
    {
        var byteCount = Encoding.UTF8.GetByteCount(token);
        Span<byte> text = byteCount <= 256 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(token, text);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text, hash);
        return Convert.ToHexStringLower(hash);
    }
}
