using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Client.Signing;

/// <summary>
/// TC3-HMAC-SHA256 (Tencent Cloud API 3.0) signing steps that follow the canonical request: payload hash,
/// signing-key derivation, string to sign and the final HMAC. <see cref="CccClient"/> signs with them and the
/// Switchboard server verifies with them; every method writes into caller-supplied spans and allocates
/// nothing unless it returns a string.
/// </summary>
/// <example>
/// <code>
/// Span&lt;byte&gt; payloadHash = stackalloc byte[Tc3Signature.HexLength];
/// Tc3Signature.HashPayload(body, payloadHash);
/// using var canonical = new Tc3CanonicalRequest(stackalloc byte[512], "POST", "/", "");
/// canonical.AppendHeader("content-type", "application/json");
/// canonical.AppendHeader("host", "ccc.tencentcloudapi.com");
/// string signature = Tc3Signature.Sign(secretKeyUtf8, timestamp, "ccc",
///     canonical.Complete("content-type;host", payloadHash));
/// </code>
/// </example>
public static class Tc3Signature
{
    /// <summary>The algorithm name that opens the Authorization header and the string to sign.</summary>
    public const string Algorithm = "TC3-HMAC-SHA256";

    /// <summary>Value of <c>X-TC-Content-SHA256</c> that replaces the body by this literal in the payload hash.</summary>
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";

    /// <summary>The last element of the credential scope.</summary>
    public const string ScopeTerminator = "tc3_request";

    /// <summary>Bytes of a SHA-256 hash, a derived key or a raw signature.</summary>
    public const int HashSize = SHA256.HashSizeInBytes;

    /// <summary>Characters of a hex-encoded hash or signature.</summary>
    public const int HexLength = 2 * HashSize;

    /// <summary>Characters of a scope date, <c>yyyy-MM-dd</c>.</summary>
    public const int DateLength = 10;

    private const int MaxTimestampDigits = 20;

    /// <summary>Lower-case hex of SHA-256("UNSIGNED-PAYLOAD"), as UTF-8.</summary>
    public static ReadOnlySpan<byte> UnsignedPayloadHash
        => "438d4109ef0d676b8c2c7ed13cdfcb418e494d53b843d4634ce3b1085f07bb96"u8;

    /// <summary>Writes lower-case hex of SHA-256(<paramref name="payload"/>) as 64 UTF-8 bytes.</summary>
    public static void HashPayload(ReadOnlySpan<byte> payload, Span<byte> hexDestination)
    {
        Span<byte> hash = stackalloc byte[HashSize];
        SHA256.HashData(payload, hash);
        WriteHex(hash, hexDestination);
    }

    /// <summary>Writes the UTC date of <paramref name="unixSeconds"/> as <c>yyyy-MM-dd</c> (10 characters).</summary>
    /// <returns>False when the destination is too short or the time is outside the calendar.</returns>
    public static bool TryFormatDate(long unixSeconds, Span<char> destination)
    {
        if (unixSeconds < DateTimeOffset.MinValue.ToUnixTimeSeconds()
            || unixSeconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }
        var date = DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime;
        return date.TryFormat(destination, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            && written == DateLength;
    }

    /// <summary>The UTC date of <paramref name="unixSeconds"/> as <c>yyyy-MM-dd</c>.</summary>
    public static string FormatDate(long unixSeconds)
    {
        Span<char> date = stackalloc char[DateLength];
        if (!TryFormatDate(unixSeconds, date))
        {
            throw new ArgumentOutOfRangeException(nameof(unixSeconds), unixSeconds, "Not a representable time.");
        }
        return new string(date);
    }

    /// <summary>
    /// Derives the signing key: <c>HMAC(HMAC(HMAC("TC3" + secretKey, date), service), "tc3_request")</c>.
    /// It depends only on the key, the scope date and the service, so a verifier may reuse it.
    /// </summary>
    /// <param name="secretKeyUtf8">The SecretKey as UTF-8.</param>
    /// <param name="date">Scope date <c>yyyy-MM-dd</c>.</param>
    /// <param name="service">Scope service, e.g. <c>ccc</c> (the node SDK puts the endpoint's first label there).</param>
    /// <param name="destination">Receives <see cref="HashSize"/> bytes.</param>
    public static void DeriveSigningKey(ReadOnlySpan<byte> secretKeyUtf8, ReadOnlySpan<char> date,
        ReadOnlySpan<char> service, Span<byte> destination)
    {
        Span<byte> dateKey = stackalloc byte[HashSize];
        Span<byte> serviceKey = stackalloc byte[HashSize];
        using (var prefixedKey = new ScratchBuffer(stackalloc byte[128], 3 + secretKeyUtf8.Length))
        using (var dateText = new ScratchBuffer(stackalloc byte[32], Encoding.UTF8.GetByteCount(date)))
        {
            "TC3"u8.CopyTo(prefixedKey.Span);
            secretKeyUtf8.CopyTo(prefixedKey.Span[3..]);
            Utf8Text.Write(date, dateText.Span);
            HmacSha256.HashData(prefixedKey.Span, dateText.Span, dateKey);
            CryptographicOperations.ZeroMemory(prefixedKey.Span);
        }
        using (var serviceText = new ScratchBuffer(stackalloc byte[128], Encoding.UTF8.GetByteCount(service)))
        {
            Utf8Text.Write(service, serviceText.Span);
            HmacSha256.HashData(dateKey, serviceText.Span, serviceKey);
        }
        HmacSha256.HashData(serviceKey, "tc3_request"u8, destination[..HashSize]);
        CryptographicOperations.ZeroMemory(dateKey);
        CryptographicOperations.ZeroMemory(serviceKey);
    }

    /// <summary>
    /// Computes the raw signature <c>HMAC(signingKey, StringToSign)</c> where StringToSign is
    /// <c>"TC3-HMAC-SHA256\n" + timestamp + "\n" + date + "/" + service + "/tc3_request\n" + hex(SHA-256(canonicalRequest))</c>.
    /// </summary>
    /// <param name="signingKey">The key from <see cref="DeriveSigningKey"/>.</param>
    /// <param name="timestamp">The <c>X-TC-Timestamp</c> value, unix seconds.</param>
    /// <param name="date">Scope date <c>yyyy-MM-dd</c>.</param>
    /// <param name="service">Scope service.</param>
    /// <param name="canonicalRequest">The UTF-8 canonical request, see <see cref="Tc3CanonicalRequest"/>.</param>
    /// <param name="signature">Receives <see cref="HashSize"/> bytes; hex-encode them for the header.</param>
    public static void ComputeSignature(ReadOnlySpan<byte> signingKey, long timestamp, ReadOnlySpan<char> date,
        ReadOnlySpan<char> service, ReadOnlySpan<byte> canonicalRequest, Span<byte> signature)
    {
        Span<byte> canonicalHash = stackalloc byte[HashSize];
        SHA256.HashData(canonicalRequest, canonicalHash);

        int maxLength = Algorithm.Length + 1 + MaxTimestampDigits + 1
            + Encoding.UTF8.GetMaxByteCount(date.Length) + 1 + Encoding.UTF8.GetMaxByteCount(service.Length)
            + 1 + ScopeTerminator.Length + 1 + HexLength;
        using var stringToSign = new ScratchBuffer(stackalloc byte[256], maxLength);
        Span<byte> text = stringToSign.Span;
        int length = 0;
        length += Utf8Text.Write(Algorithm, text);
        text[length++] = (byte)'\n';
        Utf8Formatter.TryFormat(timestamp, text[length..], out int digits);
        length += digits;
        text[length++] = (byte)'\n';
        length += Utf8Text.Write(date, text[length..]);
        text[length++] = (byte)'/';
        length += Utf8Text.Write(service, text[length..]);
        text[length++] = (byte)'/';
        length += Utf8Text.Write(ScopeTerminator, text[length..]);
        text[length++] = (byte)'\n';
        WriteHex(canonicalHash, text.Slice(length, HexLength));
        length += HexLength;

        HmacSha256.HashData(signingKey, text[..length], signature[..HashSize]);
    }

    /// <summary>
    /// One-shot signing for clients: derives the key for the UTC date of <paramref name="timestamp"/> and
    /// answers the lower-case hex signature that goes after <c>Signature=</c>.
    /// </summary>
    public static string Sign(ReadOnlySpan<byte> secretKeyUtf8, long timestamp, ReadOnlySpan<char> service,
        ReadOnlySpan<byte> canonicalRequest)
    {
        Span<char> date = stackalloc char[DateLength];
        if (!TryFormatDate(timestamp, date))
        {
            throw new ArgumentOutOfRangeException(nameof(timestamp), timestamp, "Not a representable time.");
        }
        Span<byte> signingKey = stackalloc byte[HashSize];
        Span<byte> signature = stackalloc byte[HashSize];
        DeriveSigningKey(secretKeyUtf8, date, service, signingKey);
        ComputeSignature(signingKey, timestamp, date, service, canonicalRequest, signature);
        CryptographicOperations.ZeroMemory(signingKey);
        return Convert.ToHexStringLower(signature);
    }

    /// <summary>
    /// Formats the Authorization header value:
    /// <c>TC3-HMAC-SHA256 Credential=id/date/service/tc3_request, SignedHeaders=…, Signature=…</c>.
    /// </summary>
    public static string FormatAuthorization(string secretId, string date, string service, string signedHeaders,
        string signature)
        => $"{Algorithm} Credential={secretId}/{date}/{service}/{ScopeTerminator}, SignedHeaders={signedHeaders}, Signature={signature}";

    private static void WriteHex(ReadOnlySpan<byte> hash, Span<byte> utf8Destination)
    {
        if (!Convert.TryToHexStringLower(hash, utf8Destination, out _))
        {
            throw new ArgumentException("The destination is too short for the hex hash.", nameof(utf8Destination));
        }
    }
}
