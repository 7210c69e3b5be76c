using System.Net.Http.Json;
using System.Text.Json;

namespace Switchboard.WebRtcLoad;

/// <summary>The server's diagnostic media endpoints: join a bridged room with an offer, close a room, read the port's counters.</summary>
internal sealed class MediaServerClient(Uri server) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 })
    {
        BaseAddress = server,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Posts an offer to a bridged room; the answer's SDP, or null with the server's refusal.</summary>
    public async Task<(string? Sdp, string? Problem)> JoinAsync(string room, bool record, string offer, CancellationToken cancel)
    {
        using var response = await _http.PostAsJsonAsync($"/media/rooms/{room}?mode=bridge&record={(record ? "true" : "false")}",
            new { type = "offer", sdp = offer }, cancel).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) return (null, $"{(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("sdp").GetString(), null);
    }

    /// <summary>Closes a room (its legs end, its recordings are finished).</summary>
    public async Task CloseAsync(string room, CancellationToken cancel)
    {
        using var _ = await _http.DeleteAsync($"/media/rooms/{room}", cancel).ConfigureAwait(false);
    }

    /// <summary>The media port's counters: open legs, datagrams received and sent.</summary>
    public async Task<MediaPortStats> StatsAsync(CancellationToken cancel)
    {
        using var json = JsonDocument.Parse(await _http.GetStringAsync("/media/stats", cancel).ConfigureAwait(false));
        var root = json.RootElement;
        return new MediaPortStats(root.GetProperty("legs").GetInt32(), root.GetProperty("received").GetInt64(),
            root.GetProperty("sent").GetInt64(), root.GetProperty("port").GetString()!);
    }

    public void Dispose() => _http.Dispose();
}
