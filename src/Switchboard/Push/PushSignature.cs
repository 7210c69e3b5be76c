using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Push;

/// <summary>
/// The <c>X-Switchboard-Signature</c> value: <c>sha256=</c> followed by the lower-case hex HMAC-SHA256, keyed with
/// the subscription secret's UTF-8 bytes, of the UTF-8 string <c>{timestamp}.{body}</c>. Signing the timestamp with
/// the body lets receivers refuse an old request replayed with a fresh timestamp.
/// </summary>
public static class PushSignature
{
    /// <summary>The header value for <paramref name="body"/> sent at <paramref name="unixSeconds"/>.</summary>
    public static string Compute(string secret, long unixSeconds, string body)
    {
        var signed = Encoding.UTF8.GetBytes($"{unixSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{body}");
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>True when <paramref name="signature"/> is the header value for this timestamp and body (constant-time).</summary>
    public static bool Verify(string secret, long unixSeconds, string body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Compute(secret, unixSeconds, body)), Encoding.ASCII.GetBytes(signature));
}
