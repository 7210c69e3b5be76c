using System.Net;
using Switchboard.Media.Audio;
using Switchboard.Media.Dtls;
using Switchboard.Media.Dtmf;
using Switchboard.Media.Rtp;
using Switchboard.Media.Sdp;
using Switchboard.Media.Srtp;
using Switchboard.Media.Transport;

namespace Switchboard.Media.WebRtc;

/// <summary>
/// One browser's audio terminated on the server: ICE-lite on the shared media port, the DTLS handshake, SRTP both
/// ways, and an <see cref="AudioLeg"/> that bridges, mixers, players and recorders work with. Key presses the browser
/// sends as RFC 4733 events are reported through <see cref="DigitReceived"/>.
/// </summary>
/// <remarks>
/// Datagrams arrive on the port's single receive loop, so unprotecting uses one buffer without locking; sending
/// happens on the media clock and is serialised by its own lock. The leg ends — once, with a reason — when the
/// handshake fails, consent is lost (the page closed or the network went away), or its owner disposes it.
/// </remarks>
public sealed class WebRtcLeg : IMediaPortSession, ILegTransport, IDisposable
{
    private const int MaxDatagram = 1500;

    /// <summary>How often the leg sends its RTCP report (RFC 3550 suggests about 5 s for a two-party session).</summary>
    public static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(5);

    private readonly DtlsSrtpHandshake _handshake;
    private readonly byte[] _received = new byte[MaxDatagram];
    private readonly byte[] _sending = new byte[MaxDatagram];
    private readonly Lock _sendGate = new();
    private readonly DtmfReceiver _dtmf = new();
    private readonly TaskCompletionSource<string?> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly byte[] _report = new byte[MaxDatagram];
    private readonly ITimer _reports;
    private readonly string _cname = Guid.NewGuid().ToString("N")[..16];
    private MediaPortRegistration? _registration;
    private volatile SrtpSession? _srtp;

    internal WebRtcLeg(string name, SdpNegotiatedAudio negotiated, DtlsCertificate certificate, WebRtcOptions options, TimeProvider time)
    {
        Name = name;
        Negotiated = negotiated;
        Audio = new AudioLeg(name, negotiated.Codec == SdpAudioCodec.Pcma ? G711Codec.Pcma : G711Codec.Pcmu, time);
        _handshake = new DtlsSrtpHandshake(negotiated.DtlsRole, certificate, negotiated.RemoteFingerprints,
            datagram => { _registration?.SendToPeer(datagram); }, options.Dtls, time);
        _handshake.PeerClosedAssociation += () => End("the browser closed the connection");
        _reports = time.CreateTimer(_ => SendReport(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _ = WaitForKeysAsync();
    }

    /// <summary>A name for logs and recordings.</summary>
    public string Name { get; }

    /// <summary>What offer and answer agreed: codec, payload types, DTLS role, the browser's ICE credentials.</summary>
    public SdpNegotiatedAudio Negotiated { get; }

    /// <summary>The leg's audio: what the browser says comes out of it, what it should hear goes into it.</summary>
    public AudioLeg Audio { get; }

    /// <summary>Packets this leg refused or could not send.</summary>
    public WebRtcLegCounters Counters { get; } = new();

    /// <summary>Completes with null once SRTP keys are agreed, or with the reason the leg never connected.</summary>
    public Task<string?> Connected => _connected.Task;

    /// <summary>Completes with the reason the leg ended.</summary>
    public Task<string> Ended => _ended.Task;

    /// <summary>The browser's address media goes to, once ICE has selected one.</summary>
    public IPEndPoint? Remote => _registration?.Agent.SendTarget;

    /// <summary>A key the browser pressed (RTCDTMFSender), reported once per press.</summary>
    public event Action<WebRtcLeg, char>? DigitReceived;

    /// <summary>Called once by the endpoint after registering the leg on the port; the server role starts listening for the ClientHello.</summary>
    internal void Bind(MediaPortRegistration registration)
    {
        _registration = registration;
        if (Negotiated.DtlsRole == DtlsRole.Server) _handshake.Start();
    }

    /// <inheritdoc />
    void IMediaPortSession.OnDatagram(PacketKind kind, ReadOnlySpan<byte> datagram)
    {
        switch (kind)
        {
            case PacketKind.Dtls:
                _handshake.Deliver(datagram);
                break;
            case PacketKind.Rtp:
                ReceiveSrtp(datagram);
                break;
            case PacketKind.Rtcp:
                ReceiveSrtcp(datagram);
                break;
        }
    }

    /// <inheritdoc />
    void IMediaPortSession.OnSelectedRemoteChanged(IPEndPoint remote)
    {
        // As DTLS client the server speaks first, and only once ICE has somewhere to send the ClientHello.
        if (Negotiated.DtlsRole == DtlsRole.Client) _handshake.Start();
    }

    /// <inheritdoc />
    void IMediaPortSession.OnConsentLost() => End("the browser stopped answering connectivity checks (page closed or network lost)");

    /// <summary>Protects one RTP packet from the audio leg and sends it to the browser.</summary>
    public void SendRtp(ReadOnlySpan<byte> packet)
    {
        var srtp = _srtp;
        var registration = _registration;
        if (srtp is null || registration is null || packet.Length + srtp.Outbound.RtpOverhead > MaxDatagram)
        {
            Counters.CountSendFailure();
            return;
        }
        lock (_sendGate)
        {
            packet.CopyTo(_sending);
            var protectedPacket = srtp.Outbound.ProtectRtp(_sending, packet.Length);
            if (!protectedPacket.Succeeded || !registration.SendToPeer(_sending.AsSpan(0, protectedPacket.Length)))
                Counters.CountSendFailure();
        }
    }

    /// <summary>Ends the leg (idempotent): unregisters it from the port and stops the handshake.</summary>
    public void Dispose() => End("the leg was closed by the server");

    private void ReceiveSrtp(ReadOnlySpan<byte> datagram)
    {
        if (!TryTakeOver(datagram, out var srtp, out var packet)) return;
        var result = srtp.Inbound.UnprotectRtp(packet);
        if (!result.Succeeded)
        {
            Counters.CountSrtpRefused();
            return;
        }
        packet = packet[..result.Length];
        if (RtpHeader.TryRead(packet, out var header) && header.PayloadType == Negotiated.TelephoneEventPayloadType)
        {
            if (_dtmf.TryReceive(header, packet[header.Length..], out var digit)) DigitReceived?.Invoke(this, digit);
            return;
        }
        Audio.ReceiveRtp(packet);
    }

    private void ReceiveSrtcp(ReadOnlySpan<byte> datagram)
    {
        if (!TryTakeOver(datagram, out var srtp, out var packet)) return;
        var result = srtp.Inbound.UnprotectRtcp(packet);
        if (!result.Succeeded)
        {
            Counters.CountSrtcpRefused();
            return;
        }
        Counters.CountRtcp();
        Audio.ReceiveRtcp(packet[..result.Length]);
    }

    /// <summary>
    /// Copies a received datagram into the leg's buffer for unprotecting in place; false (counted) before the keys
    /// exist. The port's span is only valid during the call, and SRTP rewrites the packet.
    /// </summary>
    private bool TryTakeOver(ReadOnlySpan<byte> datagram, out SrtpSession srtp, out Span<byte> packet)
    {
        srtp = _srtp!;
        packet = default;
        if (srtp is null)
        {
            Counters.CountBeforeKeys();
            return false;
        }
        if (datagram.Length > _received.Length)
        {
            Counters.CountSrtpRefused(); // no browser sends media packets beyond the path MTU
            return false;
        }
        packet = _received.AsSpan(0, datagram.Length);
        datagram.CopyTo(packet);
        return true;
    }

    private async Task WaitForKeysAsync()
    {
        var result = await _handshake.Completion.ConfigureAwait(false);
        if (!result.Succeeded || _ended.Task.IsCompleted)
        {
            End(result.Failure ?? "the leg ended before the DTLS handshake finished");
            return;
        }
        _srtp = new SrtpSession(result.Keys!);
        Audio.Attach(this);
        _reports.Change(ReportInterval, ReportInterval);
        _connected.TrySetResult(null);
    }

    /// <summary>Sends the leg's sender or receiver report with SDES CNAME, SRTCP-protected.</summary>
    private void SendReport()
    {
        var srtp = _srtp;
        var registration = _registration;
        if (srtp is null || registration is null) return;
        // The report is written before taking the send lock: writing it takes the audio leg's lock, and a bridge
        // forwarding a packet holds the audio leg's lock while it takes the send lock (opposite order: deadlock).
        Span<byte> report = stackalloc byte[MaxDatagram];
        if (!Audio.TryWriteRtcpReport(report[..(MaxDatagram - srtp.Outbound.RtcpOverhead)], _cname, out var length)) return;
        lock (_sendGate)
        {
            report[..length].CopyTo(_report);
            var protectedReport = srtp.Outbound.ProtectRtcp(_report, length);
            if (!protectedReport.Succeeded || !registration.SendToPeer(_report.AsSpan(0, protectedReport.Length)))
                Counters.CountSendFailure();
        }
    }

    private void End(string reason)
    {
        if (!_ended.TrySetResult(reason)) return;
        _reports.Dispose();
        _connected.TrySetResult(reason);
        Audio.Attach(null);
        _registration?.Dispose();
        _handshake.Dispose();
        var srtp = _srtp;
        _srtp = null;
        lock (_sendGate) srtp?.Dispose();
    }
}
