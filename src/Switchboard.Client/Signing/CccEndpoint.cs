namespace Switchboard.Client.Signing;

/// <summary>
/// An endpoint option split the way signatures need it: the host as configured (port included, which is what
/// Go, Python and this client sign) and the request path (<c>/</c>, or <c>/prefix/</c> for <c>host/prefix</c>).
/// </summary>
internal sealed class CccEndpoint
{
    private CccEndpoint(string host, string path, Uri uri)
    {
        Host = host;
        Path = path;
        Uri = uri;
    }

    /// <summary><c>host[:port]</c>, sent verbatim as the Host header and signed as the canonical host.</summary>
    public string Host { get; }

    /// <summary>The request path and TC3 canonical URI, always starting and ending with <c>/</c>.</summary>
    public string Path { get; }

    /// <summary>The URL requests are sent to.</summary>
    public Uri Uri { get; }

    /// <exception cref="ArgumentException">The endpoint or protocol cannot form a URL.</exception>
    public static CccEndpoint Parse(string endpoint, string protocol)
    {
        if (protocol is not ("https://" or "http://"))
        {
            throw new ArgumentException($"Protocol must be \"https://\" or \"http://\", not \"{protocol}\".", nameof(protocol));
        }
        if (string.IsNullOrWhiteSpace(endpoint) || endpoint.Contains("://", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Endpoint must be host[:port][/path] without a scheme (set Protocol for http), not \"{endpoint}\".",
                nameof(endpoint));
        }
        string trimmed = endpoint.Trim().TrimEnd('/');
        int slash = trimmed.IndexOf('/');
        string host = slash < 0 ? trimmed : trimmed[..slash];
        string path = slash < 0 ? "/" : trimmed[slash..] + "/";
        if (host.Length == 0 || !Uri.TryCreate(protocol + host + path, UriKind.Absolute, out var uri) || uri.Query.Length > 0)
        {
            throw new ArgumentException($"Endpoint \"{endpoint}\" does not form a URL.", nameof(endpoint));
        }
        return new CccEndpoint(host, path, uri);
    }
}
