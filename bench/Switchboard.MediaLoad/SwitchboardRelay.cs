using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Switchboard.MediaLoad;

/// <summary>
/// A Switchboard server (started by the benchmark script, Release build) relaying each call through
/// <c>POST /media/relays</c>: two plain RTP legs bridged with packets passed through (both sides PCMU). Disposing
/// closes the relays this run opened; the server keeps running for the next one.
/// </summary>
public sealed class SwitchboardRelay(Uri server, int processId) : IRelay
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = server };
    private readonly List<string> _relays = [];

    /// <inheritdoc />
    public string Name => "switchboard (bridge passthrough)";

    /// <inheritdoc />
    public int ProcessId { get; } = processId;

    /// <inheritdoc />
    public async Task<(IPEndPoint CallerSendsTo, IPEndPoint CalleeSendsTo)> OpenCallAsync(int call, IPEndPoint caller, IPEndPoint callee)
    {
        using var response = await _http.PostAsJsonAsync("media/relays", new
        {
            a = new { address = caller.Address.ToString(), port = caller.Port, codec = "PCMU" },
            b = new { address = callee.Address.ToString(), port = callee.Port, codec = "PCMU" },
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Switchboard refused relay {call}: {body}");
        _relays.Add(body.GetProperty("id").GetString()!);
        // The caller sends to the leg facing it (a); what arrives there comes out of b towards the callee.
        return (EndPoint(body.GetProperty("a")), EndPoint(body.GetProperty("b")));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var id in _relays) (await _http.DeleteAsync($"media/relays/{id}")).Dispose();
        _http.Dispose();
    }

    private static IPEndPoint EndPoint(JsonElement leg) =>
        new(IPAddress.Parse(leg.GetProperty("address").GetString()!), leg.GetProperty("port").GetInt32());
}
