using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Switchboard.ChatLoad;

/// <summary>One website visitor: signs in anonymously, opens a chat and sends messages to whichever agent serves it.</summary>
internal sealed class SimulatedVisitor
{
    private readonly TaskCompletionSource<string> _served = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubConnection? _hub;
    private int _sent;

    public string? SessionId { get; private set; }
    public string? AgentMail { get; private set; }
    public string VisitorId { get; private set; } = "";

    public async Task StartAsync(HttpClient http, Uri hub, long sdkAppId, long skillGroupId, int index, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("chat/visitor/sign-in", new { sdkAppId }, cancellationToken);
        var identity = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"visitor sign-in refused: {identity}");
        VisitorId = identity.GetProperty("visitorId").GetString()!;
        var connection = HubConnections.Open(hub, identity.GetProperty("visitorToken").GetString()!);
        connection.On<JsonElement>("session", session =>
        {
            if (session.TryGetProperty("state", out var state) && state.GetString() == "serving"
                && session.TryGetProperty("agentMail", out var agent) && agent.ValueKind == JsonValueKind.String)
                _served.TrySetResult(agent.GetString()!);
        });
        await connection.StartAsync(cancellationToken);
        _hub = connection;
        var started = await connection.InvokeAsync<JsonElement>("Start", new { skillGroupId, nickname = $"Visitor {index}" }, cancellationToken);
        if (!started.GetProperty("ok").GetBoolean()) throw new InvalidOperationException($"Start refused: {started}");
        var view = started.GetProperty("session");
        SessionId = view.GetProperty("sessionId").GetString();
        if (view.GetProperty("state").GetString() == "serving" && view.TryGetProperty("agentMail", out var mail) && mail.ValueKind == JsonValueKind.String)
            _served.TrySetResult(mail.GetString()!);
    }

    public async Task WaitServedAsync(TimeSpan timeout) => AgentMail = await _served.Task.WaitAsync(timeout);

    /// <summary>Milliseconds from Send leaving the visitor until the serving agent's screen has the message.</summary>
    public async Task<double> SendAsync(SimulatedChatAgent agent, CancellationToken cancellationToken)
    {
        var clientMessageId = $"{VisitorId}-{Interlocked.Increment(ref _sent)}";
        var arrival = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        agent.Awaited[clientMessageId] = arrival;
        var start = Stopwatch.GetTimestamp();
        var sent = await _hub!.InvokeAsync<JsonElement>("Send",
            new { sessionId = SessionId, type = "text", content = "How long does delivery take? 🙂", clientMessageId }, cancellationToken);
        if (!sent.GetProperty("ok").GetBoolean()) throw new InvalidOperationException($"Send refused: {sent}");
        var arrivedAt = await arrival.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return Stopwatch.GetElapsedTime(start, arrivedAt).TotalMilliseconds;
    }

    public Task CloseAsync() => _hub?.DisposeAsync().AsTask() ?? Task.CompletedTask;
}
