using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Switchboard.CloudApi;

/// <summary>
/// A cloud API request as received, before authentication: its protocol, action, raw target and parameters.
/// The raw target (not ASP.NET's decoded path) is kept because the signature covers it byte for byte.
/// </summary>
internal sealed class IncomingRequest : IDisposable
{
    /// <summary>Parameters that v1 requests carry besides the action's own.</summary>
    private static readonly HashSet<string> V1CommonParameters = new(StringComparer.Ordinal)
    {
        "Action", "Version", "Timestamp", "Nonce", "SecretId", "Region", "Token", "Language",
        "RequestClient", "SignatureMethod", "Signature",
    };

    public required SigningProtocol Protocol { get; init; }
    public required string Method { get; init; }
    public required string Path { get; init; }
    public required string Query { get; init; }
    public required string Action { get; init; }
    public required string Language { get; init; }
    public required CloudApiBody Body { get; init; }
    /// <summary>True when the action's parameters are the JSON body; otherwise they are <see cref="Parameters"/>.</summary>
    public bool HasJsonBody { get; init; }
    /// <summary>Decoded form or query parameters (v1: including the common ones).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>The action's own parameters among <see cref="Parameters"/>.</summary>
    public IEnumerable<KeyValuePair<string, string>> ActionParameters =>
        Protocol == SigningProtocol.V1 ? Parameters.Where(p => !V1CommonParameters.Contains(p.Key)) : Parameters;

    public string? Parameter(string name)
    {
        foreach (var (key, value) in Parameters)
            if (key == name) return value;
        return null;
    }

    public void Dispose() => Body.Dispose();

    /// <summary>Reads method, target, headers and body; throws <see cref="CloudApiException"/> for what cannot be a cloud API request.</summary>
    public static async Task<IncomingRequest> ReadAsync(HttpContext http, CloudApiOptions options)
    {
        var request = http.Request;
        var method = request.Method;
        if (!HttpMethods.IsPost(method) && !HttpMethods.IsGet(method))
            throw new CloudApiException(ErrorCodes.UnsupportedProtocol,
                $"The cloud API accepts POST and GET, not {method}.", $"云 API 只支持 POST 和 GET，不支持 {method}。");

        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (request.PathBase + request.Path + request.QueryString).ToString();
        var questionMark = rawTarget.IndexOf('?');
        var path = questionMark < 0 ? rawTarget : rawTarget[..questionMark];
        var query = questionMark < 0 ? "" : rawTarget[(questionMark + 1)..];
        if (query.Length > options.MaxQueryBytes)
            throw new CloudApiException(ErrorCodes.RequestSizeLimitExceeded,
                $"The query string is longer than the limit of {options.MaxQueryBytes} bytes.",
                $"查询字符串超过 {options.MaxQueryBytes} 字节的上限。");

        var contentType = request.ContentType ?? "";
        var isForm = contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
        var isJson = contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
        var tc3Action = request.Headers["X-TC-Action"].ToString();
        var authorization = request.Headers.Authorization.ToString();
        var protocol = tc3Action.Length > 0 || authorization.StartsWith("TC3-", StringComparison.Ordinal)
            ? SigningProtocol.Tc3
            : SigningProtocol.V1;

        CloudApiBody body = CloudApiBody.Empty;
        if (HttpMethods.IsPost(method))
        {
            if (!isJson && !isForm)
                throw new CloudApiException(ErrorCodes.InvalidRequest,
                    contentType.Length == 0
                        ? "The Content-Type header is missing: send application/json (TC3) or application/x-www-form-urlencoded (v1)."
                        : $"Content-Type `{Shorten(contentType)}` is not supported: send application/json (TC3) or application/x-www-form-urlencoded (v1).",
                    "不支持的 Content-Type：请使用 application/json 或 application/x-www-form-urlencoded。");
            if (isJson && protocol == SigningProtocol.V1)
                throw new CloudApiException(ErrorCodes.InvalidRequest,
                    "A JSON body needs TC3-HMAC-SHA256 signing (Authorization and X-TC-Action headers).",
                    "JSON 请求体需要 TC3-HMAC-SHA256 签名。");
            body = await CloudApiBody.ReadAsync(http, isJson ? options.MaxJsonBodyBytes : options.MaxFormBodyBytes);
        }

        try
        {
            var parameters = isForm && HttpMethods.IsPost(method)
                ? Decode(System.Text.Encoding.UTF8.GetString(body.Span))
                : Decode(query);
            string action;
            string? language;
            if (protocol == SigningProtocol.Tc3)
            {
                action = tc3Action;
                language = request.Headers["X-TC-Language"].ToString();
            }
            else
            {
                action = FindIn(parameters, "Action") ?? "";
                language = FindIn(parameters, "Language");
            }
            if (action.Length == 0)
                throw new CloudApiException(ErrorCodes.MissingParameter,
                    "The action is missing: send it in the X-TC-Action header (TC3) or the Action parameter (v1).",
                    "缺少接口名：请在 X-TC-Action 请求头（TC3）或 Action 参数（v1）中指定。");
            return new IncomingRequest
            {
                Protocol = protocol,
                Method = method,
                Path = path,
                Query = query,
                Action = action,
                Language = language == CloudApiLanguages.Chinese ? CloudApiLanguages.Chinese : CloudApiLanguages.English,
                Body = body,
                HasJsonBody = isJson && HttpMethods.IsPost(method),
                Parameters = parameters,
            };
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    private static List<KeyValuePair<string, string>> Decode(string encoded)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var pair in new QueryStringEnumerable(encoded))
        {
            var name = pair.DecodeName().ToString();
            if (name.Length == 0) continue;
            list.Add(new(name, pair.DecodeValue().ToString()));
        }
        return list;
    }

    private static string? FindIn(List<KeyValuePair<string, string>> parameters, string name)
    {
        foreach (var (key, value) in parameters)
            if (key == name) return value;
        return null;
    }

    internal static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
