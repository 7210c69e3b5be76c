using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>
/// A bare WebSocket to the hub that speaks SignalR's JSON protocol by hand, so a test can send what no SignalR
/// client would: garbage, half messages, oversized frames, invocations before the handshake.
/// </summary>
internal sealed class RawHubSocket : IDisposable
{
    /// <summary>SignalR's JSON protocol ends every message with this character.</summary>
    public const char RecordSeparator = '\u001e';

    private readonly ClientWebSocket _socket = new();
    private readonly StringBuilder _pending = new();

    private RawHubSocket() => _socket.Options.Proxy = null;

    public WebSocketState State => _socket.State;

    /// <summary>Opens the socket with a valid session; <paramref name="handshake"/> also completes SignalR's handshake.</summary>
    public static async Task<RawHubSocket> OpenAsync(SwitchboardHost host, string session, bool handshake)
    {
        var raw = new RawHubSocket();
        var uri = new UriBuilder(new Uri(host.BaseAddress, "sdk/hub")) { Scheme = "ws", Query = "access_token=" + Uri.EscapeDataString(session) };
        await raw._socket.ConnectAsync(uri.Uri, TestContext.Current.CancellationToken);
        if (handshake)
        {
            await raw.SendTextAsync("""{"protocol":"json","version":1}""" + RecordSeparator);
            var answer = await raw.ReceiveMessageAsync(TimeSpan.FromSeconds(10));
            Assert.Equal("{}", answer);
        }
        return raw;
    }

    public Task SendTextAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public async Task SendAsync(byte[] payload, WebSocketMessageType type)
    {
        await _socket.SendAsync(payload, type, endOfMessage: true, TestContext.Current.CancellationToken);
    }

    /// <summary>Invokes <paramref name="target"/> with <paramref name="argumentsJson"/> and returns its completion message.</summary>
    public async Task<JsonElement> InvokeAsync(string invocationId, string target, string argumentsJson)
    {
        await SendTextAsync($$"""{"type":1,"invocationId":"{{invocationId}}","target":"{{target}}","arguments":{{argumentsJson}}}""" + RecordSeparator);
        while (true)
        {
            var message = await ReceiveMessageAsync(TimeSpan.FromSeconds(10))
                ?? throw new InvalidOperationException($"the server closed the connection instead of completing {target}");
            using var document = JsonDocument.Parse(message);
            var root = document.RootElement;
            if (root.GetProperty("type").GetInt32() == 3 && root.GetProperty("invocationId").GetString() == invocationId) return root.Clone();
        }
    }

    /// <summary>True when the server closes the connection within <paramref name="patience"/> (messages before that are skipped).</summary>
    public async Task<bool> IsClosedByServerAsync(TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await ReceiveMessageAsync(deadline - DateTime.UtcNow) is null) return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
            catch (WebSocketException)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The next SignalR message without its separator (pings skipped), or null when the socket closed.</summary>
    private async Task<string?> ReceiveMessageAsync(TimeSpan patience)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(patience);
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var text = _pending.ToString();
            var end = text.IndexOf(RecordSeparator);
            if (end >= 0)
            {
                _pending.Remove(0, end + 1);
                var message = text[..end];
                if (message == """{"type":6}""") continue;
                return message;
            }
            var received = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close) return null;
            _pending.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
    }

    public void Dispose() => _socket.Dispose();
}
