using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Switchboard.IntegrationTests.Sdk.Chat;

/// <summary>A workstation tab that keeps the chat messages the server pushes, each as its argument's raw JSON.</summary>
internal sealed class ChatTab : IAsyncDisposable
{
    private static readonly string[] Messages =
        ["callIn", "autoTransfer", "offerRevoked", "userAccessed", "chatMessage", "chatTyping", "transfer", "sessionEnded", "sessionCompleted"];

    private readonly WorkstationTab _tab;
    private readonly Channel<(string Name, string Json)> _received = Channel.CreateUnbounded<(string, string)>();

    private ChatTab(WorkstationTab tab)
    {
        _tab = tab;
        foreach (var name in Messages)
            tab.Connection.On<JsonElement>(name, argument => _received.Writer.TryWrite((name, argument.GetRawText())));
    }

    public static async Task<ChatTab> OpenAsync(SwitchboardHost host, string session)
    {
        var tab = new ChatTab(WorkstationTab.Create(host, session));
        await tab._tab.Connection.StartAsync(TestContext.Current.CancellationToken);
        return tab;
    }

    /// <summary>The next message's argument; fails when the next message is another one.</summary>
    public async Task<string> NextAsync(string name)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var (received, json) = await _received.Reader.ReadAsync(timeout.Token);
        Assert.Equal(name, received);
        return json;
    }

    /// <summary>Names of the messages received so far, after a quiet period.</summary>
    public async Task<IReadOnlyList<string>> ReceivedSoFarAsync(TimeSpan quiet)
    {
        await Task.Delay(quiet, TestContext.Current.CancellationToken);
        var names = new List<string>();
        while (_received.Reader.TryRead(out var message)) names.Add(message.Name);
        return names;
    }

    public ValueTask DisposeAsync() => _tab.DisposeAsync();
}
