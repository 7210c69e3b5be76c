using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Switchboard.CloudApi;

/// <summary>
/// The raw request body in a pooled buffer (the signature covers the exact bytes, so it is read whole).
/// Dispose returns the buffer.
/// </summary>
internal sealed class CloudApiBody : IDisposable
{
    private byte[]? _rented;

    private CloudApiBody(byte[]? rented, int length)
    {
        _rented = rented;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _rented is null ? default : _rented.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => _rented is null ? default : _rented.AsMemory(0, Length);

    public static readonly CloudApiBody Empty = new(null, 0);

    /// <summary>Reads at most <paramref name="limit"/> bytes; more is answered with RequestSizeLimitExceeded.</summary>
    public static async Task<CloudApiBody> ReadAsync(HttpContext http, int limit)
    {
        var request = http.Request;
        if (request.ContentLength is 0) return Empty;
        if (request.ContentLength > limit) throw TooLarge(limit);

        // Our own limit replaces Kestrel's, so oversized bodies get an envelope rather than a bare 413.
        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false }) sizeFeature.MaxRequestBodySize = null;

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(http.RequestAborted);
            var buffer = result.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                throw TooLarge(limit);
            }
            if (result.IsCompleted)
            {
                var length = (int)buffer.Length;
                var rented = length == 0 ? null : ArrayPool<byte>.Shared.Rent(length);
                if (rented is not null) buffer.CopyTo(rented);
                reader.AdvanceTo(buffer.End);
                return new CloudApiBody(rented, length);
            }
            // Nothing consumed, everything examined: wait until the whole body is buffered.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static CloudApiException TooLarge(int limit) =>
        new(ErrorCodes.RequestSizeLimitExceeded,
            $"The request body is larger than the limit of {limit} bytes.",
            $"请求体超过 {limit} 字节的上限。");

    public void Dispose()
    {
        var rented = Interlocked.Exchange(ref _rented, null);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
    }
}
