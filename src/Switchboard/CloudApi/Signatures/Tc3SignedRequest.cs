namespace Switchboard.CloudApi.Signatures;

/// <summary>
/// The parts of an HTTP request that a TC3 signature covers, exactly as received. Path and query must be the
/// raw request target (not the decoded <c>HttpRequest.Path</c>), because clients sign what they put on the wire.
/// </summary>
public readonly ref struct Tc3SignedRequest
{
    /// <summary>HTTP method as received, e.g. <c>POST</c> or <c>GET</c>.</summary>
    public required string Method { get; init; }

    /// <summary>Raw path as received, e.g. <c>/</c> or <c>/tccc/</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Raw query string without <c>?</c>; empty when there is none.</summary>
    public required string Query { get; init; }

    /// <summary>The Host header as received, possibly with <c>:port</c>.</summary>
    public required string Host { get; init; }

    /// <summary>The Content-Type header as received.</summary>
    public string? ContentType { get; init; }

    /// <summary>The <c>X-TC-Timestamp</c> header value.</summary>
    public string? Timestamp { get; init; }

    /// <summary>True when <c>X-TC-Content-SHA256: UNSIGNED-PAYLOAD</c> excludes the body from the signature.</summary>
    public bool UnsignedPayload { get; init; }

    /// <summary>The raw body bytes (empty for GET).</summary>
    public ReadOnlySpan<byte> Body { get; init; }

    /// <summary>
    /// Values of signed headers other than <c>host</c> and <c>content-type</c>, by lower-case name; null (or a
    /// null answer) makes such a header count as empty. Current SDKs sign only those two, so it is rarely called.
    /// </summary>
    public Func<string, string?>? HeaderLookup { get; init; }
}
