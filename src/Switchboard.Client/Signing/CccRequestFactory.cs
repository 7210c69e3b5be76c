using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Switchboard.Client.Signing;

/// <summary>
/// Builds signed HTTP requests for <see cref="CccClient"/>: TC3-HMAC-SHA256 as the Go SDK sends it (service from
/// the options, canonical host with its port, signed headers <c>content-type;host</c>) or the legacy v1 form.
/// Immutable, so one instance serves concurrent calls.
/// </summary>
internal sealed class CccRequestFactory
{
    private const string JsonContentType = "application/json";
    private const string FormContentType = "application/x-www-form-urlencoded";
    private const string SignedHeaders = "content-type;host";

    private static readonly string RequestClient =
        "Switchboard.Client/" + (typeof(CccClient).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    private readonly CccCredential _credential;
    private readonly CccEndpoint _endpoint;
    private readonly HttpMethod _method;
    private readonly string _service;
    private readonly string? _region;
    private readonly string? _language;
    private readonly CccSignMethod _signMethod;
    private readonly TimeProvider _clock;

    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public CccRequestFactory(CccCredential credential, CccClientOptions options)
    {
        if (options.RequestMethod != HttpMethod.Post && options.RequestMethod != HttpMethod.Get)
        {
            throw new ArgumentException($"RequestMethod must be POST or GET, not {options.RequestMethod}.", nameof(options));
        }
        if (options.Language is not (null or "en-US" or "zh-CN"))
        {
            throw new ArgumentException($"Language must be en-US, zh-CN or null, not \"{options.Language}\".", nameof(options));
        }
        if (string.IsNullOrWhiteSpace(options.Service))
        {
            throw new ArgumentException("Service must not be empty.", nameof(options));
        }
        _credential = credential;
        _endpoint = CccEndpoint.Parse(options.Endpoint, options.Protocol);
        _method = options.RequestMethod;
        _service = options.Service;
        _region = string.IsNullOrEmpty(options.Region) ? null : options.Region;
        _language = options.Language;
        _signMethod = options.SignMethod;
        _clock = options.TimeProvider ?? TimeProvider.System;
    }

    public HttpRequestMessage Create(string action, object request)
    {
        long timestamp = _clock.GetUtcNow().ToUnixTimeSeconds();
        var message = _signMethod == CccSignMethod.Tc3HmacSha256
            ? CreateTc3(action, request, timestamp)
            : CreateV1(action, request, timestamp);
        // Set explicitly: HttpClient would drop a default port (":443") that the signature covers.
        message.Headers.Host = _endpoint.Host;
        return message;
    }

    private HttpRequestMessage CreateTc3(string action, object request, long timestamp)
    {
        bool get = _method == HttpMethod.Get;
        string query = get ? FormatQuery(CccParameterFlattener.Flatten(request)) : "";
        byte[] body = get ? [] : JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), CccJson.Options);
        string contentType = get ? FormContentType : JsonContentType;
        string signature = SignTc3(query, contentType, body, timestamp);

        var message = new HttpRequestMessage(_method, WithQuery(query))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } },
        };
        var headers = message.Headers;
        headers.Add("X-TC-Action", action);
        headers.Add("X-TC-Version", CccClient.ApiVersion);
        headers.Add("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        headers.Add("X-TC-RequestClient", RequestClient);
        AddIfSet(headers, "X-TC-Region", _region);
        AddIfSet(headers, "X-TC-Language", _language);
        AddIfSet(headers, "X-TC-Token", _credential.Token);
        string date = Tc3Signature.FormatDate(timestamp);
        headers.TryAddWithoutValidation("Authorization",
            Tc3Signature.FormatAuthorization(_credential.SecretId, date, _service, SignedHeaders, signature));
        return message;
    }

    private string SignTc3(string query, string contentType, byte[] body, long timestamp)
    {
        Span<byte> payloadHash = stackalloc byte[Tc3Signature.HexLength];
        Tc3Signature.HashPayload(body, payloadHash);
        using var canonical = new Tc3CanonicalRequest(stackalloc byte[512], _method.Method, _endpoint.Path, query);
        canonical.AppendHeader("content-type", contentType);
        canonical.AppendHeader("host", _endpoint.Host);
        return Tc3Signature.Sign(_credential.SecretKeyUtf8, timestamp, _service, canonical.Complete(SignedHeaders, payloadHash));
    }

    private HttpRequestMessage CreateV1(string action, object request, long timestamp)
    {
        var method = _signMethod == CccSignMethod.HmacSha1 ? V1SignatureMethod.HmacSHA1 : V1SignatureMethod.HmacSHA256;
        var parameters = CccParameterFlattener.Flatten(request);
        parameters.Add(new("Action", action));
        parameters.Add(new("Version", CccClient.ApiVersion));
        parameters.Add(new("Timestamp", timestamp.ToString(CultureInfo.InvariantCulture)));
        parameters.Add(new("Nonce", Random.Shared.Next(1, int.MaxValue).ToString(CultureInfo.InvariantCulture)));
        parameters.Add(new("SecretId", _credential.SecretId));
        parameters.Add(new("RequestClient", RequestClient));
        parameters.Add(new(V1Signature.MethodParameter, V1Signature.MethodName(method)));
        AddIfSet(parameters, "Region", _region);
        AddIfSet(parameters, "Language", _language);
        AddIfSet(parameters, "Token", _credential.Token);
        string stringToSign = V1Signature.BuildStringToSign(_method.Method, _endpoint.Host, _endpoint.Path, parameters);
        parameters.Add(new(V1Signature.SignatureParameter, V1Signature.Sign(method, _credential.SecretKeyUtf8, stringToSign)));

        return _method == HttpMethod.Get
            ? new HttpRequestMessage(HttpMethod.Get, WithQuery(FormatQuery(parameters)))
            : new HttpRequestMessage(HttpMethod.Post, _endpoint.Uri) { Content = new FormUrlEncodedContent(parameters) };
    }

    private Uri WithQuery(string query) => query.Length == 0 ? _endpoint.Uri : new Uri(_endpoint.Uri + "?" + query);

    /// <summary>Percent-encodes everything but RFC 3986 unreserved characters, so the URL is sent as signed.</summary>
    private static string FormatQuery(List<KeyValuePair<string, string>> parameters)
        => string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));

    private static void AddIfSet(HttpRequestHeaders headers, string name, string? value)
    {
        if (value is not null)
        {
            headers.TryAddWithoutValidation(name, value);
        }
    }

    private static void AddIfSet(List<KeyValuePair<string, string>> parameters, string name, string? value)
    {
        if (value is not null)
        {
            parameters.Add(new(name, value));
        }
    }
}
