using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Switchboard.WebRtcLoad;

/// <summary>
/// The baseline: the least a media server must do for a bridged call, one UDP socket that hands each datagram from one
/// side of a call to the other without looking inside (no ICE, DTLS, SRTP, jitter buffer or recording). Runs as its
/// own process (<c>forward</c>) so its CPU is measured like the server's. Endpoints register with
/// <see cref="Hello"/>; the forwarder acknowledges with the same datagram.
/// </summary>
internal static class UdpForwarder
{
    /// <summary>Registration: "FWD1", call number (4 bytes), side (1 byte).</summary>
    public static byte[] Hello(int call, int side)
    {
        var hello = new byte[9];
        "FWD1"u8.CopyTo(hello);
        BinaryPrimitives.WriteInt32BigEndian(hello.AsSpan(4), call);
        hello[8] = (byte)side;
        return hello;
    }

    /// <summary>Forwards until stdin closes; prints the bound port first.</summary>
    public static void Run()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        socket.ReceiveBufferSize = 8 << 20;
        Console.WriteLine(((IPEndPoint)socket.LocalEndPoint!).Port);
        Console.Out.Flush();
        var sides = new Dictionary<(int Call, int Side), SocketAddress>();
        var peers = new Dictionary<SocketAddress, SocketAddress>();
        var buffer = new byte[2048];
        var from = new SocketAddress(AddressFamily.InterNetwork);
        new Thread(() =>
        {
            Console.In.ReadToEnd();
            Environment.Exit(0);
        }) { IsBackground = true }.Start();
        while (true)
        {
            var length = socket.ReceiveFrom(buffer, SocketFlags.None, from);
            var datagram = buffer.AsSpan(0, length);
            if (peers.TryGetValue(from, out var peer))
            {
                socket.SendTo(datagram, SocketFlags.None, peer);
                continue;
            }
            if (length != 9 || !datagram.StartsWith("FWD1"u8)) continue;
            var key = (BinaryPrimitives.ReadInt32BigEndian(datagram[4..]), (int)datagram[8]);
            var address = new SocketAddress(from.Family, from.Size);
            from.Buffer.Span.CopyTo(address.Buffer.Span);
            sides[key] = address;
            if (sides.TryGetValue((key.Item1, 1 - key.Item2), out var other))
            {
                peers[address] = other;
                peers[other] = address;
                socket.SendTo(datagram, SocketFlags.None, address);
                var otherHello = Hello(key.Item1, 1 - key.Item2);
                socket.SendTo(otherHello, SocketFlags.None, other);
            }
        }
    }
}
