using System.Net;
using System.Text;

namespace Switchboard.Tests.Client;

/// <summary>
/// Stands in for the network: records each request exactly as HttpClient would put it on the wire and answers
/// with a fixed status and body. Unit tests of signing only; the real-server tests live elsewhere.
/// </summary>
internal sealed class CapturingHandler(HttpStatusCode status, string responseBody) : HttpMessageHandler
{
    public const string SuccessBody = """{"Response":{"Token":"t-1","ExpiredTime":1700000600,"SdkURL":"https://x/sdk","RequestId":"req-1"}}""";

    public CapturingHandler() : this(HttpStatusCode.OK, SuccessBody)
    {
    }

    public List<CapturedRequest> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[] body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }
        }
        Requests.Add(new CapturedRequest(request.Method.Method, request.RequestUri!, headers, body));
        return new HttpResponseMessage(status) { Content = new StringContent(responseBody, Encoding.UTF8, "application/json") };
    }
}

/// <summary>One request as sent: method, URL, every header (content headers included) and the body bytes.</summary>
internal sealed record CapturedRequest(string Method, Uri Uri, Dictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);

    /// <summary>The Host header the server would receive: the explicit one, else the URL's authority.</summary>
    public string Host => Header("Host") ?? Uri.Authority;

    /// <summary>Decoded <c>k=v</c> pairs of an <c>application/x-www-form-urlencoded</c> text.</summary>
    public static List<KeyValuePair<string, string>> DecodeForm(string text) =>
        text.Length == 0
            ? []
            : text.Split('&').Select(pair =>
            {
                int equals = pair.IndexOf('=');
                return new KeyValuePair<string, string>(Decode(pair[..equals]), Decode(pair[(equals + 1)..]));
            }).ToList();

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
