using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Testing;

/// <summary>
/// A deliberately plain, independent TC3-HMAC-SHA256 signer (string concatenation, no shared code with the
/// server), so raw-HTTP tests check the server against a second implementation of the spec.
/// </summary>
public static class Tc3TestSigner
{
    /// <summary>Builds a signed POST of <paramref name="body"/> for <paramref name="action"/>.</summary>
    public static HttpRequestMessage Post(Uri baseAddress, string action, byte[] body, string secretId, string secretKey,
        long timestamp, string contentType = "application/json", string service = "ccc", string path = "/",
        bool hostWithPort = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, path))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var host = hostWithPort ? $"{baseAddress.Host}:{baseAddress.Port}" : baseAddress.Host;
        Sign(request, action, "POST", path, "", contentType, host, body, secretId, secretKey, timestamp, service);
        return request;
    }

    /// <summary>Builds a signed GET with <paramref name="query"/> (already encoded, without '?').</summary>
    public static HttpRequestMessage Get(Uri baseAddress, string action, string query, string secretId, string secretKey,
        long timestamp, string service = "ccc")
    {
        const string contentType = "application/x-www-form-urlencoded";
        // Like the Node SDK, send (and sign) a Content-Type on GET; .NET needs an empty content to carry it.
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "/?" + query)) { Content = new ByteArrayContent([]) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        Sign(request, action, "GET", "/", query, contentType, $"{baseAddress.Host}:{baseAddress.Port}", [],
            secretId, secretKey, timestamp, service);
        return request;
    }

    private static void Sign(HttpRequestMessage request, string action, string method, string path, string query,
        string contentType, string host, byte[] body, string secretId, string secretKey, long timestamp, string service)
    {
        var date = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd");
        var canonical = $"{method}\n{path}\n{query}\ncontent-type:{contentType}\nhost:{host}\n\ncontent-type;host\n{Hex(SHA256.HashData(body))}";
        var scope = $"{date}/{service}/tc3_request";
        var toSign = $"TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("TC3" + secretKey), date);
        key = Hmac(key, service);
        key = Hmac(key, "tc3_request");
        var signature = Hex(Hmac(key, toSign));
        request.Headers.TryAddWithoutValidation("Authorization",
            $"TC3-HMAC-SHA256 Credential={secretId}/{scope}, SignedHeaders=content-type;host, Signature={signature}");
        request.Headers.TryAddWithoutValidation("X-TC-Action", action);
        request.Headers.TryAddWithoutValidation("X-TC-Version", "2020-02-10");
        request.Headers.TryAddWithoutValidation("X-TC-Timestamp", timestamp.ToString());
        request.Headers.Host = host;
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
