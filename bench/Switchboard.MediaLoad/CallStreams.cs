using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Switchboard.Media.Rtp;

namespace Switchboard.MediaLoad;

/// <summary>
/// Both directions of N calls from two sockets: every 20 ms each call sends one 160-byte PCMU packet from the caller
/// side and one from the callee side, stamped with its send time; the receiving side counts packets per stream and
/// the one-way delay through the relay. A packet more than <see cref="LateAfter"/> late would miss a jitter buffer
/// of that depth, so it counts as late.
/// </summary>
public sealed class CallStreams : IDisposable
{
    /// <summary>Delay after which a packet is too late for the jitter buffer.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMilliseconds(60);

    private const int PacketBytes = RtpHeader.FixedLength + 160;
    private readonly Socket _caller = Bind();
    private readonly Socket _callee = Bind();
    private readonly IPEndPoint[] _callerSendsTo;
    private readonly IPEndPoint[] _calleeSendsTo;
    private readonly long[] _received;
    private readonly List<double>[] _delays = [new(), new()];
    private long _late;
    private volatile bool _stopping;

    /// <summary>Sockets for <paramref name="calls"/> calls.</summary>
    public CallStreams(int calls)
    {
        _callerSendsTo = new IPEndPoint[calls];
        _calleeSendsTo = new IPEndPoint[calls];
        _received = new long[2 * calls];
    }

    /// <summary>Where the caller sockets of all calls receive.</summary>
    public IPEndPoint CallerEndpoint => (IPEndPoint)_caller.LocalEndPoint!;

    /// <summary>Where the callee sockets of all calls receive.</summary>
    public IPEndPoint CalleeEndpoint => (IPEndPoint)_callee.LocalEndPoint!;

    /// <summary>Records where each side of call <paramref name="call"/> sends.</summary>
    public void Route(int call, IPEndPoint callerSendsTo, IPEndPoint calleeSendsTo)
    {
        _callerSendsTo[call] = callerSendsTo;
        _calleeSendsTo[call] = calleeSendsTo;
    }

    /// <summary>Sends for <paramref name="duration"/> on a fixed 20 ms schedule and measures what arrives.</summary>
    public StreamReport Run(TimeSpan duration)
    {
        var receivers = new[] { StartReceiver(_caller, 0), StartReceiver(_callee, 1) };
        var packet = new byte[PacketBytes];
        var clock = Stopwatch.StartNew();
        var ticks = (int)(duration / TimeSpan.FromMilliseconds(20));
        long behind = 0;
        for (var tick = 0; tick < ticks; tick++)
        {
            var due = TimeSpan.FromMilliseconds(20 * tick);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero) Thread.Sleep(wait);
            else if (wait < -TimeSpan.FromMilliseconds(20)) behind++;
            for (var call = 0; call < _callerSendsTo.Length; call++)
            {
                Write(packet, (uint)(2 * call), tick);
                _caller.SendTo(packet, _callerSendsTo[call]);
                Write(packet, (uint)(2 * call + 1), tick);
                _callee.SendTo(packet, _calleeSendsTo[call]);
            }
        }
        Thread.Sleep(300); // let the last packets through the relay
        _stopping = true;
        _caller.Close();
        _callee.Close();
        foreach (var receiver in receivers) receiver.Join();

        var sent = (long)ticks * _received.Length;
        var received = _received.Sum();
        var delays = _delays[0].Concat(_delays[1]).Order().ToArray();
        return new StreamReport(sent, received, _late, behind,
            Percentile(delays, 0.50), Percentile(delays, 0.99), delays.Length == 0 ? 0 : delays[^1]);
    }

    private static void Write(byte[] packet, uint ssrc, int tick)
    {
        packet[0] = 0x80;
        packet[1] = 0; // PCMU
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), (ushort)tick);
        BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(4), (uint)(tick * 160));
        BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(8), ssrc);
        BinaryPrimitives.WriteInt64BigEndian(packet.AsSpan(RtpHeader.FixedLength), Stopwatch.GetTimestamp());
        // The stream again, in the payload: a relay that renumbers into its own stream (Switchboard's bridge) replaces the SSRC.
        BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(RtpHeader.FixedLength + 8), ssrc);
    }

    private Thread StartReceiver(Socket socket, int side)
    {
        var thread = new Thread(() =>
        {
            var buffer = new byte[2048];
            EndPoint any = new IPEndPoint(IPAddress.Any, 0);
            while (!_stopping)
            {
                int length;
                try
                {
                    length = socket.ReceiveFrom(buffer, ref any);
                }
                catch (Exception) when (_stopping)
                {
                    return;
                }
                catch (SocketException)
                {
                    continue;
                }
                if (!RtpHeader.TryRead(buffer.AsSpan(0, length), out var header) || length < header.Length + 12) continue;
                var stream = BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(header.Length + 8));
                if (stream >= _received.Length) continue;
                Interlocked.Increment(ref _received[stream]);
                var sentAt = BinaryPrimitives.ReadInt64BigEndian(buffer.AsSpan(header.Length));
                var delay = Stopwatch.GetElapsedTime(sentAt);
                if (delay > LateAfter) Interlocked.Increment(ref _late);
                _delays[side].Add(delay.TotalMilliseconds);
            }
        }) { IsBackground = true, Name = "rtp-receiver-" + side, Priority = ThreadPriority.AboveNormal };
        thread.Start();
        return thread;
    }

    private static Socket Bind()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp)
        {
            ReceiveBufferSize = 8 * 1024 * 1024,
            SendBufferSize = 8 * 1024 * 1024,
        };
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(fraction * sorted.Length))];

    /// <inheritdoc />
    public void Dispose()
    {
        _caller.Dispose();
        _callee.Dispose();
    }
}
