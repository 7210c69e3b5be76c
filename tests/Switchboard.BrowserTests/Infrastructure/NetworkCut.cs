using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Switchboard.BrowserTests.Infrastructure;

/// <summary>
/// A TCP relay in front of the server that a test can cut, like a network drop: open connections (the live
/// WebSocket included) are reset, and new ones are refused until the network is restored.
/// </summary>
public sealed class NetworkCut : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _server;
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private volatile bool _cut;

    public NetworkCut(Uri server)
    {
        _server = new IPEndPoint(IPAddress.Parse(server.Host), server.Port);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary><paramref name="sdkUrl"/> pointed at the relay, so the script, the login and the hub go through it.</summary>
    public string Route(string sdkUrl) => new UriBuilder(sdkUrl) { Port = ((IPEndPoint)_listener.LocalEndpoint).Port }.Uri.ToString();

    public void Cut()
    {
        _cut = true;
        foreach (var socket in _open.Keys) Close(socket);
    }

    public void Restore() => _cut = false;

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try { client = await _listener.AcceptSocketAsync(_stopping.Token); }
            catch (OperationCanceledException) { return; }
            catch (SocketException) { return; }
            if (_cut) { Close(client); continue; }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _open[client] = 0;
        _open[server] = 0;
        try
        {
            await server.ConnectAsync(_server, _stopping.Token);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception error) when (error is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A cut or a closed side ends the relay; both sockets are closed below.
        }
        finally
        {
            Close(client);
            Close(server);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReceiveAsync(buffer, SocketFlags.None, _stopping.Token)) > 0)
        {
            await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stopping.Token);
        }
    }

    private void Close(Socket socket)
    {
        _open.TryRemove(socket, out _);
        try { socket.LingerState = new LingerOption(true, 0); } catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
        socket.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        foreach (var socket in _open.Keys) Close(socket);
        await _accepting;
        _stopping.Dispose();
    }
}
