using System.Net;
using System.Net.Sockets;
using Switchboard.Media.Rtp;

namespace Switchboard.Media.Tests.Transport;

/// <summary>A carrier's media address on 127.0.0.1: sends RTP or anything else to a leg and reads what comes back.</summary>
internal sealed class FarEnd : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private ushort _sequence = 1000;

    public FarEnd(int port = 0) => _socket.Bind(new IPEndPoint(IPAddress.Loopback, port));

    public IPEndPoint EndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    public void SendRtp(IPEndPoint to, byte payloadType = 0, uint ssrc = 0xCAFE_0001, int payloadLength = 160)
    {
        var packet = new byte[RtpHeader.FixedLength + payloadLength];
        RtpPacketWriter.TryWrite(packet, false, payloadType, _sequence, _sequence * 160u, ssrc, new byte[payloadLength], out _);
        _sequence++;
        Send(packet, to);
    }

    public void Send(byte[] datagram, IPEndPoint to) => _socket.SendTo(datagram, to);

    /// <summary>The next datagram, or null when none arrives within <paramref name="wait"/>.</summary>
    public async Task<(byte[] Datagram, IPEndPoint From)?> ReceiveAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(5));
        var buffer = new byte[2048];
        try
        {
            var result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), timeout.Token);
            return (buffer[..result.ReceivedBytes], (IPEndPoint)result.RemoteEndPoint);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose() => _socket.Dispose();
}
