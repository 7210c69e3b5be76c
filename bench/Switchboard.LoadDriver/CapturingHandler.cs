namespace Switchboard.LoadDriver;

/// <summary>
/// Passes requests through to the server while keeping a copy of the last one as sent (headers and body) and
/// of its answer, so wrk can replay a request signed by the real client.
/// </summary>
internal sealed class CapturingHandler() : DelegatingHandler(new SocketsHttpHandler { UseProxy = false })
{
    public HttpRequestMessage? LastRequest { get; private set; }
    public byte[] LastRequestBody { get; private set; } = [];
    public byte[] LastResponseBody { get; private set; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        LastRequest = request;
        LastRequestBody = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        LastResponseBody = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var copy = new ByteArrayContent(LastResponseBody);
        foreach (var header in response.Content.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content = copy;
        return response;
    }
}
