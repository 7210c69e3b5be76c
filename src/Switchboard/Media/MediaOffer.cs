using System.Text.Json;

namespace Switchboard.Media;

/// <summary>The body of an offer request: <c>{ "type": "offer", "sdp": "…" }</c>, as <c>RTCSessionDescription</c> serialises.</summary>
public static class MediaOffer
{
    /// <summary>Largest body accepted: an audio offer is 2–6 KB; SDP itself is capped at 64 KB.</summary>
    public const int MaxBodyBytes = 96 * 1024;

    /// <summary>Reads the offer's SDP; null with a problem when the body is not such an object.</summary>
    public static async Task<(string? Sdp, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return (null, $"The body must be at most {MaxBodyBytes} bytes.");
        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0) length += read;
        if (length > MaxBodyBytes) return (null, $"The body must be at most {MaxBodyBytes} bytes.");
        try
        {
            using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, "The body must be a JSON object { type: 'offer', sdp }.");
            if (root.TryGetProperty("type", out var type) && (type.ValueKind != JsonValueKind.String || type.GetString() != "offer"))
                return (null, "Only an offer can be answered: type must be 'offer'.");
            if (!root.TryGetProperty("sdp", out var sdp) || sdp.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(sdp.GetString()))
                return (null, "The body needs the offer's SDP as a string in 'sdp'.");
            return (sdp.GetString(), null);
        }
        catch (JsonException e)
        {
            return (null, "The body is not valid JSON: " + e.Message);
        }
    }
}
