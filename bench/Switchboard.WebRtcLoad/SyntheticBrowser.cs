using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Switchboard.Media.Codecs;
using Switchboard.Media.Dtls;
using Switchboard.Media.Ice;
using Switchboard.Media.Rtp;
using Switchboard.Media.Srtp;

namespace Switchboard.WebRtcLoad;

/// <summary>
/// One side of a call as a browser would play it, on its own UDP socket: offers, checks connectivity, runs the DTLS
/// client handshake, then sends a stamped 20 ms PCMU packet each time <see cref="SendTick"/> is called and counts what
/// the other side's packets took to arrive.
/// </summary>
internal sealed class SyntheticBrowser : IDisposable
{
    private static readonly byte[] Tone = CreateTone();

    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly Measurement _measurement;
    private readonly byte[] _sendBuffer = new byte[512];
    private readonly byte[] _checkBuffer = new byte[256];
    private readonly uint _ssrc = (uint)Random.Shared.Next();
    private readonly CancellationTokenSource _stop = new();
    private ConnectivityCheck? _check;
    private DtlsSrtpHandshake? _dtls;
    private SrtpSession? _srtp;
    private TaskCompletionSource _checkAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ushort _sequence = (ushort)Random.Shared.Next();
    private uint _timestamp = (uint)Random.Shared.Next();
    private long _sent;
    private long _srtpRefused;
    private long _unstamped;
    private long _sendFailures;
    private long _consentAnswered;
    private volatile bool _ready;

    public SyntheticBrowser(Measurement measurement)
    {
        _measurement = measurement;
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _socket.ReceiveBufferSize = 1 << 20;
        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public IPEndPoint LocalEndPoint { get; }

    public IceCredentials Ice { get; } = IceCredentials.Generate();

    public uint Ssrc => _ssrc;

    /// <summary>True once SRTP keys are in place and media flows.</summary>
    public bool Ready => _ready;

    public SrtpProfile? Profile => _srtp?.Profile;

    public long Sent => Interlocked.Read(ref _sent);

    public long SrtpRefused => Interlocked.Read(ref _srtpRefused);

    public long Unstamped => Interlocked.Read(ref _unstamped);

    public long SendFailures => Interlocked.Read(ref _sendFailures);

    public long ConsentAnswered => Interlocked.Read(ref _consentAnswered);

    /// <summary>
    /// Connects to the server that answered: nominates the server's candidate until a check is answered, then runs
    /// the DTLS handshake in the role the answer left us. Returns null, or why it failed.
    /// </summary>
    public async Task<string?> ConnectAsync(ServerAnswer answer, DtlsCertificate certificate, CancellationToken cancel)
    {
        _socket.Connect(answer.Candidate);
        _check = new ConnectivityCheck(answer.Ice.Ufrag, Ice.Ufrag, answer.Ice.Password);
        _ = ReceiveLoopAsync();
        for (var attempt = 0; !_checkAnswered.Task.IsCompleted; attempt++)
        {
            if (attempt == 50) return "no answer to 50 connectivity checks";
            SendCheck();
            await Task.WhenAny(_checkAnswered.Task, Task.Delay(200, cancel)).ConfigureAwait(false);
        }
        _dtls = new DtlsSrtpHandshake(answer.OurRole, certificate, [answer.Fingerprint], SendDatagram);
        _dtls.Start();
        var result = await _dtls.Completion.WaitAsync(cancel).ConfigureAwait(false);
        if (!result.Succeeded) return result.Failure;
        _srtp = new SrtpSession(result.Keys!);
        _ready = true;
        return null;
    }

    /// <summary>Connects through a plain UDP forwarder with keys shared by the two sides instead of ICE and DTLS.</summary>
    public void ConnectDirect(IPEndPoint forwarder, SrtpKeyingMaterial keys)
    {
        _socket.Connect(forwarder);
        _srtp = new SrtpSession(keys);
        _ = ReceiveLoopAsync();
        _ready = true;
    }

    /// <summary>Sends a raw datagram (the forwarder's registration).</summary>
    public void SendDatagram(ReadOnlySpan<byte> datagram)
    {
        try
        {
            _socket.Send(datagram);
        }
        catch (SocketException)
        {
            Interlocked.Increment(ref _sendFailures);
        }
    }

    /// <summary>Raised for each datagram that is neither STUN, DTLS nor SRTP (the forwarder's acknowledgement).</summary>
    public event Action<SyntheticBrowser>? OtherReceived;

    /// <summary>Sends a consent freshness check (RFC 7675) when connected through ICE.</summary>
    public void SendCheck()
    {
        if (_check is null) return;
        var length = _check.Write(_checkBuffer, out _);
        SendDatagram(_checkBuffer.AsSpan(0, length));
    }

    /// <summary>Sends this tick's packet: RTP header, stamp, tone; SRTP-protected. Called from the sender thread only.</summary>
    public void SendTick(long tick)
    {
        var srtp = _srtp;
        if (srtp is null || _stop.IsCancellationRequested) return;
        Span<byte> payload = stackalloc byte[160];
        Tone.CopyTo(payload);
        PacketStamp.Write(payload, tick, Stopwatch.GetTimestamp());
        if (!RtpPacketWriter.TryWrite(_sendBuffer, marker: false, payloadType: 0, _sequence++, _timestamp, _ssrc, payload,
                out var written)) return;
        _timestamp += 160;
        var protectedPacket = srtp.Outbound.ProtectRtp(_sendBuffer, written);
        if (!protectedPacket.Succeeded) return;
        SendDatagram(_sendBuffer.AsSpan(0, protectedPacket.Length));
        Interlocked.Increment(ref _sent);
    }

    public void Dispose()
    {
        _ready = false;
        _stop.Cancel();
        _dtls?.Dispose();
        _socket.Dispose();
        _srtp?.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[2048];
        while (!_stop.IsCancellationRequested)
        {
            int length;
            try
            {
                length = await _socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused) { continue; }
            catch (SocketException) { return; }
            Handle(buffer.AsSpan(0, length));
        }
    }

    private void Handle(Span<byte> datagram)
    {
        if (datagram.IsEmpty) return;
        var first = datagram[0];
        if (first < 4)
        {
            if (_check is not null && _check.IsAnswered(datagram))
            {
                if (!_checkAnswered.TrySetResult()) Interlocked.Increment(ref _consentAnswered);
            }
        }
        else if (first is >= 20 and <= 63)
        {
            _dtls?.Deliver(datagram);
        }
        else if (first is >= 128 and <= 191 && datagram.Length >= 2)
        {
            if (datagram[1] is >= 192 and <= 223) return; // RTCP: the server's reports, not audio
            var srtp = _srtp;
            if (srtp is null) return;
            var plain = srtp.Inbound.UnprotectRtp(datagram);
            if (!plain.Succeeded || !RtpHeader.TryRead(datagram[..plain.Length], out var header))
            {
                Interlocked.Increment(ref _srtpRefused);
                return;
            }
            if (!PacketStamp.TryRead(datagram[header.Length..plain.Length], out var tick, out var sentAt))
            {
                Interlocked.Increment(ref _unstamped);
                return;
            }
            _measurement.Record(tick, Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds);
        }
        else
        {
            OtherReceived?.Invoke(this);
        }
    }

    private static byte[] CreateTone()
    {
        // 440 Hz at a moderate level, so a recording of the call is audibly a tone behind the stamp's click.
        var tone = new byte[160];
        for (var i = 0; i < tone.Length; i++)
            tone[i] = MuLaw.Encode((short)(8000 * Math.Sin(2 * Math.PI * 440 * i / 8000.0)));
        return tone;
    }
}
