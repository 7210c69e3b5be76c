using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using Switchboard.Media.Audio;
using Switchboard.Media.Rtp;

namespace Switchboard.Media.Transport;

/// <summary>
/// A carrier-side audio leg over plain RTP (RTP/AVP, no SRTP): its own UDP socket on an even port leased from an
/// <see cref="RtpPortRange"/>, and RTCP on the odd port above it (RFC 3550 §11), attached to an
/// <see cref="AudioLeg"/> as its <see cref="ILegTransport"/>.
/// </summary>
/// <remarks>
/// <para>
/// Symmetric RTP (RFC 4961): the leg first sends where the far end's SDP said, then latches — once — onto the source
/// address of the first valid packet (RTP version 2 of the leg's codec) and sends there from then on, which is what
/// gets audio through a NAT in front of the far end. After latching, RTP from any other address is dropped and
/// counted (<see cref="PlainRtpLegCounters.WrongSource"/>), so a stray sender cannot take the stream over.
/// </para>
/// <para>
/// RTCP is received on both ports: on the odd port as RFC 3550 has it, and on the RTP port when the far end
/// multiplexes (RFC 5761: second byte 192–223). The leg sends a report every <see cref="ReportInterval"/> to the
/// address RTCP last came from, else to the RTP address's port + 1.
/// </para>
/// <para>
/// Each socket has one receive loop reusing one buffer and one <see cref="SocketAddress"/>; classifying, checking the
/// source and handing a packet to the audio leg allocate nothing. Garbage, other payload types and packets from the
/// wrong source are counted in <see cref="Counters"/> and never reach the audio leg.
/// </para>
/// </remarks>
public sealed class PlainRtpLeg : ILegTransport, IDisposable
{
    /// <summary>How often the leg sends its RTCP report.</summary>
    public static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(5);

    private const int MaxDatagram = 2048;

    private readonly Socket _rtp;
    private readonly Socket _rtcp;
    private readonly RtpPortLease _lease;
    private readonly CancellationTokenSource _stop = new();
    private readonly ITimer _reports;
    private readonly Lock _reportGate = new();
    private readonly byte[] _report = new byte[MaxDatagram];
    private readonly string _cname = Guid.NewGuid().ToString("N")[..16];
    private volatile SocketAddress? _target;
    private volatile SocketAddress? _rtcpTarget;
    private volatile bool _latched;
    private int _disposed;

    private PlainRtpLeg(AudioLeg audio, RtpPortLease lease, Socket rtp, Socket rtcp, PlainRtpLegOptions options)
    {
        Audio = audio;
        _lease = lease;
        _rtp = rtp;
        _rtcp = rtcp;
        LocalEndPoint = (IPEndPoint)rtp.LocalEndPoint!;
        _target = options.Remote?.Serialize();
        _reports = options.Time.CreateTimer(_ => SendReport(), null, ReportInterval, ReportInterval);
        audio.Attach(this);
        _ = ReceiveLoopAsync(_rtp, rtcpPort: false);
        _ = ReceiveLoopAsync(_rtcp, rtcpPort: true);
    }

    /// <summary>The leg's audio: what the far end says comes out of it, what it should hear goes into it.</summary>
    public AudioLeg Audio { get; }

    /// <summary>The local RTP address (RTCP is on the port above): what the answer's SDP advertises.</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Where RTP is sent now; null until the SDP gave an address or a packet was latched.</summary>
    public IPEndPoint? Remote => _target is { } target ? (IPEndPoint)LocalEndPoint.Create(target) : null;

    /// <summary>Whether the leg has latched onto the source of the far end's first valid packet.</summary>
    public bool Latched => _latched;

    /// <summary>What was received, dropped and sent.</summary>
    public PlainRtpLegCounters Counters { get; } = new();

    /// <summary>
    /// Leases a port pair from <paramref name="ports"/>, binds both sockets and attaches the leg to
    /// <paramref name="audio"/>. A pair another program holds is skipped (its lease goes back to the range); false when
    /// the range is used up or <see cref="PlainRtpLegOptions.BindAttempts"/> pairs could not be bound.
    /// </summary>
    public static bool TryOpen(RtpPortRange ports, AudioLeg audio, PlainRtpLegOptions options, [NotNullWhen(true)] out PlainRtpLeg? leg)
    {
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(options);
        leg = null;
        for (var attempt = 0; attempt < options.BindAttempts; attempt++)
        {
            if (!ports.TryAllocate(out var lease)) return false;
            var rtp = Bind(options.BindAddress, lease!.RtpPort);
            var rtcp = rtp is null ? null : Bind(options.BindAddress, lease.RtcpPort);
            if (rtp is not null && rtcp is not null)
            {
                leg = new PlainRtpLeg(audio, lease, rtp, rtcp, options);
                return true;
            }
            rtp?.Dispose();
            lease.Dispose();
        }
        return false;
    }

    /// <summary>Sends one RTP packet from the audio leg to the far end (dropped and counted while no address is known).</summary>
    public void SendRtp(ReadOnlySpan<byte> packet)
    {
        var target = _target;
        if (target is null)
        {
            Counters.CountUnaddressed();
            return;
        }
        Send(_rtp, packet, target);
    }

    /// <summary>Closes both sockets, stops the reports, detaches the audio leg and gives the ports back. Idempotent.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _reports.Dispose();
        Audio.Attach(null);
        _stop.Cancel();
        _rtp.Dispose();
        _rtcp.Dispose();
        _lease.Dispose();
        _stop.Dispose();
    }

    /// <summary>
    /// Handles one datagram that arrived on the RTP port from <paramref name="source"/>. Never throws: anything that is
    /// not audio for this leg is dropped and counted.
    /// </summary>
    internal void DeliverRtp(ReadOnlySpan<byte> datagram, SocketAddress source)
    {
        Counters.CountReceived();
        if (datagram.Length >= 2 && datagram[1] is >= 192 and <= 223 && datagram[0] >> 6 == RtpHeader.Version2)
        {
            DeliverRtcp(datagram, source);
            return;
        }
        if (!RtpHeader.TryRead(datagram, out var header))
        {
            Counters.CountNotRtp();
            return;
        }
        if (header.PayloadType != Audio.Codec.PayloadType)
        {
            Counters.CountWrongPayloadType();
            return;
        }
        if (!_latched)
        {
            // Only the receive loop writes the target after construction; senders read it through the volatile field.
            _target = Copy(source);
            _latched = true;
        }
        else if (!SocketAddressComparer.Instance.Equals(source, _target))
        {
            Counters.CountWrongSource();
            return;
        }
        Counters.CountDelivered();
        Audio.ReceiveRtp(datagram);
    }

    /// <summary>Handles one RTCP datagram (either port). Never throws; a malformed compound is counted by the audio leg.</summary>
    internal void DeliverRtcp(ReadOnlySpan<byte> datagram, SocketAddress source)
    {
        Counters.CountRtcp();
        if (!SocketAddressComparer.Instance.Equals(source, _rtcpTarget)) _rtcpTarget = Copy(source);
        Audio.ReceiveRtcp(datagram);
    }

    private async Task ReceiveLoopAsync(Socket socket, bool rtcpPort)
    {
        var buffer = GC.AllocateUninitializedArray<byte>(MaxDatagram, pinned: true);
        var source = new SocketAddress(socket.AddressFamily);
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            int received;
            try
            {
                received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, source, token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException) when (!token.IsCancellationRequested)
            {
                Counters.CountSocketError();
                continue;
            }
            catch (SocketException)
            {
                return;
            }
            if (rtcpPort) DeliverRtcp(buffer.AsSpan(0, received), source);
            else DeliverRtp(buffer.AsSpan(0, received), source);
        }
    }

    private void SendReport()
    {
        var target = _rtcpTarget;
        if (target is null)
        {
            // No RTCP heard yet: RFC 3550's convention, the RTP port + 1 of wherever RTP goes.
            if (Remote is not { } remote || remote.Port == IPEndPoint.MaxPort) return;
            target = new IPEndPoint(remote.Address, remote.Port + 1).Serialize();
        }
        lock (_reportGate)
        {
            if (Volatile.Read(ref _disposed) != 0 || !Audio.TryWriteRtcpReport(_report, _cname, out var length)) return;
            Send(_rtcp, _report.AsSpan(0, length), target);
        }
    }

    private void Send(Socket socket, ReadOnlySpan<byte> datagram, SocketAddress target)
    {
        try
        {
            socket.SendTo(datagram, SocketFlags.None, target);
            Counters.CountSent();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Counters.CountSendFailure();
        }
    }

    private static SocketAddress Copy(SocketAddress source)
    {
        // The receive loop reuses its SocketAddress, so a remembered one is a copy.
        var copy = new SocketAddress(source.Family, source.Size);
        source.Buffer.Span[..source.Size].CopyTo(copy.Buffer.Span);
        return copy;
    }

    private static Socket? Bind(IPAddress address, int port)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(address, port));
            return socket;
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }
}
