using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Switchboard.ChatLoad;

/// <summary>
/// One agent's workstation: accepts every chat offered to it and notes when each visitor message arrives, keyed by
/// the visitor's client message id.
/// </summary>
internal sealed class SimulatedChatAgent(string mail)
{
    private HubConnection? _hub;

    public string Mail { get; } = mail;

    /// <summary>Client message id → Stopwatch timestamp of arrival.</summary>
    public ConcurrentDictionary<string, TaskCompletionSource<long>> Awaited { get; } = new(StringComparer.Ordinal);

    public int Serving;

    public async Task ConnectAsync(Uri hub, string session, CancellationToken cancellationToken)
    {
        var connection = HubConnections.Open(hub, session);
        connection.On<JsonElement>("callIn", offer =>
        {
            var sessionId = Field(offer, "sessionId");
            if (sessionId is not null) _ = connection.InvokeAsync<JsonElement>("ChatAccept", new { sessionId });
        });
        connection.On<JsonElement>("userAccessed", _ => Interlocked.Increment(ref Serving));
        connection.On<JsonElement>("chatMessage", message =>
        {
            var at = Stopwatch.GetTimestamp();
            var clientId = Field(message, "clientMessageId");
            if (clientId is not null && Awaited.TryRemove(clientId, out var waiting)) waiting.TrySetResult(at);
        });
        await connection.StartAsync(cancellationToken);
        _hub = connection;
    }

    /// <summary>Milliseconds of one GetState round trip: the baseline hop through the same server.</summary>
    public async Task<double> RoundTripAsync(CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await _hub!.InvokeAsync<JsonElement>("GetState", cancellationToken);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    public Task CloseAsync() => _hub?.DisposeAsync().AsTask() ?? Task.CompletedTask;

    // Payloads carry fields at the top level and again under "data"; either will do.
    internal static string? Field(JsonElement payload, string name) =>
        payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("data", out var data) ? Field(data, name) : null;
}
