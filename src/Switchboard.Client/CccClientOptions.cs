namespace Switchboard.Client;

/// <summary>
/// Where and how <see cref="CccClient"/> sends requests. The names follow the Tencent Cloud SDKs' HTTP profile,
/// so settings carry over from a node or Go integration unchanged. Values are read once, when the client is built.
/// </summary>
public sealed class CccClientOptions
{
    /// <summary>The Tencent Cloud Contact Center endpoint.</summary>
    public const string TencentCloudEndpoint = "ccc.tencentcloudapi.com";

    /// <summary>
    /// <c>host[:port][/path]</c> without a scheme, e.g. <c>127.0.0.1:5080</c> or <c>switchboard.example.com/tccc</c>.
    /// Defaults to <see cref="TencentCloudEndpoint"/>.
    /// </summary>
    public string Endpoint { get; set; } = TencentCloudEndpoint;

    /// <summary><c>https://</c> (default) or <c>http://</c>.</summary>
    public string Protocol { get; set; } = "https://";

    /// <summary>Sent as <c>X-TC-Region</c> (v1: <c>Region</c>) when set, e.g. <c>ap-singapore</c>. Contact center ignores it.</summary>
    public string? Region { get; set; }

    /// <summary><c>en-US</c> or <c>zh-CN</c>: the language of error messages (<c>X-TC-Language</c>); null leaves it to the server.</summary>
    public string? Language { get; set; }

    /// <summary>How long one call may take, connection included. Default 60 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// <see cref="HttpMethod.Post"/> (default; JSON body) or <see cref="HttpMethod.Get"/> (parameters flattened into
    /// the query string as <c>Staffs.0.Name=…</c>; the API limits GET requests to 32 KB).
    /// </summary>
    public HttpMethod RequestMethod { get; set; } = HttpMethod.Post;

    /// <summary>Service named in the TC3 credential scope. Default <c>ccc</c>, as the Go and Python SDKs sign.</summary>
    public string Service { get; set; } = "ccc";

    /// <summary>Signature algorithm; TC3-HMAC-SHA256 unless a legacy v1 method is required.</summary>
    public CccSignMethod SignMethod { get; set; } = CccSignMethod.Tc3HmacSha256;

    /// <summary>Clock that supplies request timestamps; replace it to test clock-skew handling.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
