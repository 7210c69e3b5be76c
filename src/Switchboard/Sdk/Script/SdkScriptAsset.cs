using System.IO.Compression;

namespace Switchboard.Sdk.Script;

/// <summary>One file the SDK publishes, held in memory as is and compressed both ways, ready to send.</summary>
public sealed class SdkScriptAsset
{
    private SdkScriptAsset(string contentType, byte[] identity, byte[] brotli, byte[] gzip)
    {
        ContentType = contentType;
        Identity = identity;
        Brotli = brotli;
        Gzip = gzip;
    }

    public string ContentType { get; }

    public byte[] Identity { get; }

    public byte[] Brotli { get; }

    public byte[] Gzip { get; }

    /// <summary>Compresses <paramref name="content"/> at the highest levels: done once, served many times.</summary>
    public static SdkScriptAsset Create(string contentType, byte[] content) =>
        new(contentType, content, Compress(content, s => new BrotliStream(s, CompressionLevel.SmallestSize)),
            Compress(content, s => new GZipStream(s, CompressionLevel.SmallestSize)));

    /// <summary>The bytes to send for an <c>Accept-Encoding</c> and the <c>Content-Encoding</c> naming them (null: none).</summary>
    public (byte[] Body, string? Encoding) For(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        bool Accepts(string coding) => accepted.Any(a =>
            string.Equals(a.Value.Value, coding, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
        if (Accepts("br")) return (Brotli, "br");
        if (Accepts("gzip")) return (Gzip, "gzip");
        return (Identity, null);
    }

    /// <summary>
    /// Sends the asset in the best encoding the request accepts, loadable cross-origin by any page (also with
    /// <c>crossorigin="anonymous"</c>); a HEAD request gets the headers only.
    /// </summary>
    public async Task SendAsync(HttpContext http, string cacheControl)
    {
        var (body, encoding) = For(http.Request);
        var response = http.Response;
        var headers = response.Headers;
        headers.AccessControlAllowOrigin = "*";
        headers.CacheControl = cacheControl;
        headers.XContentTypeOptions = "nosniff";
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        headers.Vary = "Accept-Encoding";
        if (encoding is not null) headers.ContentEncoding = encoding;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        if (HttpMethods.IsHead(http.Request.Method)) return;
        await response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output)) stream.Write(content);
        return output.ToArray();
    }
}
