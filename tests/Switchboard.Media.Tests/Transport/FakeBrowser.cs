using System.Net;
using System.Net.Sockets;
using Switchboard.Media.Ice;
using Switchboard.Media.Stun;
using Switchboard.Media.Tests.Ice;

namespace Switchboard.Media.Tests.Transport;

/// <summary>A UDP socket on 127.0.0.1 standing in for a browser's ICE candidate.</summary>
internal sealed class FakeBrowser : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

    public FakeBrowser(string ufrag = "brws")
    {
        Ufrag = ufrag;
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        EndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public string Ufrag { get; }

    public IPEndPoint EndPoint { get; }

    public void Send(byte[] datagram, IPEndPoint to) => _socket.SendTo(datagram, to);

    /// <summary>Sends a Chromium-like check for <paramref name="server"/>'s credentials.</summary>
    public void SendCheck(IPEndPoint to, IceCredentials server, bool useCandidate = false, string? password = null) =>
        Send(ChromeCheck.Build($"{server.Ufrag}:{Ufrag}", password ?? server.Password, useCandidate), to);

    public async Task<byte[]> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var buffer = new byte[2048];
        var result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), timeout.Token);
        return buffer[..result.ReceivedBytes];
    }

    /// <summary>Checks in and returns the server's answer, asserting it is a success telling this socket's address.</summary>
    public async Task ConnectAsync(IPEndPoint to, IceCredentials server, bool useCandidate = true)
    {
        SendCheck(to, server, useCandidate);
        var answer = await ReceiveAsync();
        Assert.True(StunMessage.TryRead(answer, out var response));
        Assert.Equal(StunMessageClass.SuccessResponse, response.Class);
        Assert.True(response.TryGetXorMappedAddress(out var mapped));
        Assert.Equal(EndPoint, mapped);
    }

    public void Dispose() => _socket.Dispose();
}
