using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Switchboard.Chat.Visitors.Identity;

/// <summary>
/// The UserSig <c>CreateUserSig</c> issues: <c>sb1.</c> + base64url(JSON { sdkAppId, uid, clientData, expiresAt })
/// + <c>.</c> + base64url(HMAC-SHA256 of everything before the last dot, keyed with the application's
/// <see cref="VisitorSigningKey"/>). The claims travel readable (the business wrote them), only their integrity is
/// protected; the expiry is unix seconds.
/// </summary>
public static class UserSig
{
    /// <summary>Longest accepted UserSig; longer input is refused unread.</summary>
    public const int MaxLength = 16 * 1024;

    private const string Prefix = "sb1.";

    /// <summary>Signs the claims.</summary>
    public static string Create(byte[] key, UserSigClaims claims)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, JsonSerializerOptions.Web));
        var signed = Prefix + payload;
        return signed + "." + Base64Url.EncodeToString(Mac(key, signed));
    }

    /// <summary>
    /// The claims of <paramref name="userSig"/> when its signature is the application's, or null for anything else
    /// (malformed, forged, signed for another application). The expiry is the caller's to check.
    /// </summary>
    public static UserSigClaims? Verify(byte[] key, long sdkAppId, string userSig)
    {
        if (userSig.Length > MaxLength || !userSig.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var dot = userSig.LastIndexOf('.');
        if (dot <= Prefix.Length) return null;
        var signed = userSig[..dot];
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!Base64Url.IsValid(userSig.AsSpan(dot + 1), out var macLength) || macLength != mac.Length) return null;
        Base64Url.DecodeFromChars(userSig.AsSpan(dot + 1), mac);
        if (!CryptographicOperations.FixedTimeEquals(mac, Mac(key, signed))) return null;
        try
        {
            var claims = JsonSerializer.Deserialize<UserSigClaims>(Base64Url.DecodeFromChars(signed.AsSpan(Prefix.Length)), JsonSerializerOptions.Web);
            return claims is not null && claims.SdkAppId == sdkAppId && !string.IsNullOrEmpty(claims.Uid) ? claims : null;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    private static byte[] Mac(byte[] key, string signed) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(signed));
}
