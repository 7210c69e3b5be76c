using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Tests.Signing;

/// <summary>
/// A deliberately naive TC3 signer written from the recipe with plain strings, independent of the span-based
/// production code, to sign the requests the verifier tests feed in.
/// </summary>
internal static class ReferenceTc3Signer
{
    public static string Authorization(string secretId, string secretKey, long timestamp, string service,
        string method, string path, string query, string contentType, string canonicalHost, string payloadSha256Hex,
        string? date = null, params (string Name, string Value)[] extraSignedHeaders)
    {
        date ??= DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd");
        var headers = new List<(string Name, string Value)> { ("content-type", contentType), ("host", canonicalHost) };
        headers.AddRange(extraSignedHeaders);
        string signedHeaders = string.Join(';', headers.Select(h => h.Name));
        string canonicalHeaders = string.Concat(headers.Select(h => $"{h.Name}:{h.Value}\n"));
        string canonicalRequest = $"{method}\n{path}\n{query}\n{canonicalHeaders}\n{signedHeaders}\n{payloadSha256Hex}";
        string stringToSign = $"TC3-HMAC-SHA256\n{timestamp}\n{date}/{service}/tc3_request\n{Sha256Hex(canonicalRequest)}";

        byte[] key = Hmac(Encoding.UTF8.GetBytes("TC3" + secretKey), date);
        key = Hmac(key, service);
        key = Hmac(key, "tc3_request");
        string signature = Convert.ToHexStringLower(Hmac(key, stringToSign));
        return $"TC3-HMAC-SHA256 Credential={secretId}/{date}/{service}/tc3_request, SignedHeaders={signedHeaders}, Signature={signature}";
    }

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static byte[] Hmac(byte[] key, string message) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message));
}
