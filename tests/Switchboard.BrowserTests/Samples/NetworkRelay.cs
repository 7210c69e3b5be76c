using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Switchboard.BrowserTests.Samples;

/// <summary>
/// A TCP relay between the browser and the server that a test can cut, like a dropped network: <see cref="Cut"/>
/// resets every relayed connection on both sides and refuses new ones until <see cref="Restore"/>. Playwright's
/// <c>SetOfflineAsync</c> cannot stand in for it: Chromium keeps open WebSockets running when offline is emulated.
/// </summary>
public sealed class NetworkRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<Socket, Socket> _links = new();
    private readonly CancellationTokenSource _stopping = new();
    private IPEndPoint? _target;
    private volatile bool _down;

    private NetworkRelay()
    {
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _ = AcceptLoopAsync();
    }

    /// <summary>http://127.0.0.1:PORT, the address browsers use instead of the server's.</summary>
    public Uri Address { get; }

    /// <summary>Listens now; forwards once <see cref="ForwardTo"/> names the server.</summary>
    public static NetworkRelay Start() => new();

    public void ForwardTo(Uri server) => _target = new IPEndPoint(IPAddress.Parse(server.Host), server.Port);

    /// <summary>Drops the network: every open connection is reset, and new ones are reset as they arrive.</summary>
    public void Cut()
    {
        _down = true;
        foreach (var (client, server) in _links) Reset(client, server);
    }

    public void Restore() => _down = false;

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (_down || _target is null) throw new SocketException((int)SocketError.NetworkDown);
            await server.ConnectAsync(_target, _stopping.Token);
            _links[client] = server;
            // Either direction ending ends the link, as a broken path would.
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception)
        {
            // A cut link or a refused connection: both ends are reset below.
        }
        finally
        {
            _links.TryRemove(client, out _);
            Reset(client, server);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stopping.Token);
            if (read == 0 || _down) return;
            await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stopping.Token);
        }
    }

    private static void Reset(params Socket[] sockets)
    {
        foreach (var socket in sockets)
        {
            try
            {
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
            }
            catch (Exception)
            {
                // Already closed.
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        foreach (var (client, server) in _links) Reset(client, server);
        _stopping.Dispose();
        return ValueTask.CompletedTask;
    }
}
