using System.IO.Compression;
using System.Net;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>The script behind an SdkURL, fetched the way a browser does for <c>&lt;script crossorigin="anonymous"&gt;</c>.</summary>
public sealed class SdkScriptTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/sdk/tccc.js?sdkAppId=1600000001&token=abc&userid=ann%40example.com", "text/javascript")]
    [InlineData("/sdk/tcccSdk.js?sdkAppId=1600000001&token=abc&userid=ann%40example.com", "text/javascript")]
    [InlineData("/sdk/tccc.js", "text/javascript")]
    public async Task The_script_loads_cross_origin_and_is_never_cached(string path, string mediaType)
    {
        using var response = await GetAsync(path, origin: "https://crm.example.com");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("no-store", Header(response, "Cache-Control"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("cross-origin", Header(response, "Cross-Origin-Resource-Policy"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(Cancellation));
    }

    [Theory]
    [InlineData("/sdk/tccc.js")]
    [InlineData("/sdk/tccc.d.ts")]
    public async Task Brotli_gzip_and_plain_answers_carry_the_same_bytes(string path)
    {
        using var plain = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var expected = await plain.Content.ReadAsByteArrayAsync(Cancellation);
        Assert.Empty(plain.Content.Headers.ContentEncoding);

        foreach (var (accept, encoding) in new[] { ("gzip, deflate, br, zstd", "br"), ("gzip", "gzip"), ("br;q=0, gzip", "gzip"), ("identity", null) })
        {
            using var response = await GetAsync(path, acceptEncoding: accept);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(encoding is null ? [] : [encoding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            var body = await response.Content.ReadAsByteArrayAsync(Cancellation);
            Assert.Equal(body.Length, response.Content.Headers.ContentLength);
            Assert.Equal(expected, Decode(body, encoding));
            if (encoding is not null) Assert.True(body.Length < expected.Length, $"{encoding} should be smaller than the plain file");
        }
    }

    [Fact]
    public async Task Head_answers_the_headers_without_the_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/sdk/tccc.js");
        using var response = await fixture.Host.HttpClient.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Cancellation));
    }

    [Fact]
    public async Task Loading_the_script_does_not_use_up_the_token()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"));
        var login = await backend.Client.CreateSDKLoginTokenAsync(new() { SdkAppId = backend.App, SeatUserId = "ann@example.com" }, Cancellation);

        using var script = await GetAsync(new Uri(login.SdkURL!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);

        var page = new SdkPage(fixture.Host);
        var answer = await page.LoginAsync(backend.App, "ann@example.com", login.Token!);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? origin = null, string? acceptEncoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await fixture.Host.HttpClient.SendAsync(request, Cancellation);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;

    private static byte[] Decode(byte[] body, string? encoding)
    {
        if (encoding is null) return body;
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
