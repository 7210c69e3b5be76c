namespace Switchboard.IntegrationTests.Infrastructure;

/// <summary>
/// How the official Node SDK client is configured, and the calls it makes in order. Mirrors the JSON the
/// driver (tests/interop-node/driver.js) reads; see docs/testing.md.
/// </summary>
public sealed record NodeInteropScript
{
    /// <summary><c>127.0.0.1:PORT</c>, optionally followed by a path prefix such as <c>/tccc</c>; no scheme.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The SecretId the SDK signs with.</summary>
    public required string SecretId { get; init; }

    /// <summary>The SecretKey the SDK signs with.</summary>
    public required string SecretKey { get; init; }

    /// <summary>The calls, sent one after another by one client.</summary>
    public required IReadOnlyList<NodeCall> Calls { get; init; }

    /// <summary><c>http://</c> or <c>https://</c>.</summary>
    public string Protocol { get; init; } = "http://";

    /// <summary><c>TC3-HMAC-SHA256</c>, <c>HmacSHA256</c> or <c>HmacSHA1</c>.</summary>
    public string SignMethod { get; init; } = "TC3-HMAC-SHA256";

    /// <summary><c>POST</c> or <c>GET</c>.</summary>
    public string ReqMethod { get; init; } = "POST";

    /// <summary><c>zh-CN</c>, <c>en-US</c>, or null to send no language.</summary>
    public string? Language { get; init; }

    /// <summary>Region sent with each request, or null for none.</summary>
    public string? Region { get; init; }

    /// <summary>Shifts the clock the SDK signs with, e.g. -600 for a 10-minute-old timestamp.</summary>
    public long ClockOffsetSeconds { get; init; }
}
