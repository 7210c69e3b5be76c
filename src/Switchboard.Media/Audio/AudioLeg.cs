using Switchboard.Media.Jitter;
using Switchboard.Media.Rtcp;
using Switchboard.Media.Rtp;

namespace Switchboard.Media.Audio;

/// <summary>
/// One endpoint's audio: what it says arrives as RTP through <see cref="ReceiveRtp"/> and is played out, 20 ms at a
/// time, by <see cref="ReadFrame"/>; what it should hear is given to <see cref="SendFrame"/> (encoded and sent through
/// the attached <see cref="ILegTransport"/>) or, when a bridge passes a call through without transcoding, forwarded
/// packet by packet from the other leg with its sequence numbers and timestamps renumbered into this leg's stream.
/// </summary>
/// <remarks>
/// Thread-safe: the transport calls <see cref="ReceiveRtp"/> from its receive loop while the media clock calls
/// <see cref="ReadFrame"/> and <see cref="SendFrame"/>. Bad packets are dropped and counted. Only 20 ms frames of the
/// leg's codec are played; other payload types (telephone-event) are counted and left to the caller, which routes
/// them to DTMF before the leg.
/// </remarks>
public sealed class AudioLeg
{
    private const int MaxPacket = RtpHeader.FixedLength + 4 * AudioFrame.SampleCount;

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly long _createdTimestamp;
    private readonly JitterBuffer _jitter;
    private readonly RtpStreamSender _sender;
    private readonly byte[] _sendBuffer = new byte[MaxPacket];
    private AudioFrame _decoded;
    private RtpReceiveStatistics? _statistics;
    private ILegTransport? _transport;
    private AudioLeg? _forwardTo;
    private bool _forwarding;
    private ushort _sequenceOffset;
    private uint _timestampOffset;
    private bool _sentAny;

    /// <summary>Creates a leg that speaks <paramref name="codec"/>, timed by <paramref name="time"/>.</summary>
    public AudioLeg(
        string name, IAudioCodec codec, TimeProvider time, JitterBufferOptions? jitter = null, RtpStreamSender? sender = null)
    {
        Name = name;
        Codec = codec;
        _time = time;
        _createdTimestamp = time.GetTimestamp();
        _jitter = new JitterBuffer(time, jitter);
        _sender = sender ?? new RtpStreamSender();
    }

    /// <summary>A name for logs and recordings (a participant id).</summary>
    public string Name { get; }

    /// <summary>The codec negotiated for this leg.</summary>
    public IAudioCodec Codec { get; }

    /// <summary>The SSRC of what this leg sends.</summary>
    public uint Ssrc => _sender.Ssrc;

    /// <summary>RTP packets accepted from the endpoint.</summary>
    public long PacketsReceived { get; private set; }

    /// <summary>Datagrams dropped as not RTP (bad header or padding).</summary>
    public long Malformed { get; private set; }

    /// <summary>RTP packets of another payload type than the leg's codec, not played.</summary>
    public long OtherPayloadType { get; private set; }

    /// <summary>RTP packets sent to the endpoint (encoded or forwarded).</summary>
    public long PacketsSent { get; private set; }

    /// <summary>The jitter buffer's counters (late, concealed, duplicates, delay). Read them under no lock: they are plain counters.</summary>
    public JitterBuffer Jitter => _jitter;

    /// <summary>Reception statistics of the endpoint's current stream, for RTCP receiver reports; null before any packet.</summary>
    public RtpReceiveStatistics? ReceiveStatistics => _statistics;

    /// <summary>The sending stream, for RTCP sender reports.</summary>
    public RtpStreamSender Sender => _sender;

    /// <summary>Attaches the transport that sends this leg's packets; null detaches it (packets are then dropped).</summary>
    public void Attach(ILegTransport? transport)
    {
        lock (_gate) _transport = transport;
    }

    /// <summary>
    /// Passes one plain RTP packet from the endpoint (after SRTP unprotect). Never throws on bad input: it is dropped
    /// and counted.
    /// </summary>
    public void ReceiveRtp(ReadOnlySpan<byte> packet)
    {
        if (!RtpHeader.TryRead(packet, out var header))
        {
            Malformed++;
            return;
        }
        var payload = packet[header.Length..];
        if (header.Padding)
        {
            var padding = payload.IsEmpty ? 0 : payload[^1];
            if (padding == 0 || padding > payload.Length)
            {
                Malformed++;
                return;
            }
            payload = payload[..^padding];
        }
        if (header.PayloadType != Codec.PayloadType)
        {
            OtherPayloadType++;
            return;
        }
        AudioLeg? forwardTo;
        lock (_gate)
        {
            PacketsReceived++;
            if (_statistics is null || _statistics.Ssrc != header.Ssrc)
            {
                if (_statistics is not null) _jitter.Restart();
                _statistics = new RtpReceiveStatistics(header.Ssrc);
            }
            _statistics.Record(header.SequenceNumber, header.Timestamp, _time.GetElapsedTime(_createdTimestamp));
            if (payload.Length == AudioFrame.SampleCount)
            {
                Span<short> decoded = _decoded;
                Codec.Decode(payload, decoded);
                _jitter.Put(header.Timestamp, decoded);
            }
            else
            {
                _jitter.Put(header.Timestamp, ReadOnlySpan<short>.Empty);
            }
            forwardTo = _forwardTo;
        }
        forwardTo?.Forward(header, payload);
    }

    /// <summary>
    /// Passes one plain RTCP compound packet from the endpoint (after SRTCP unprotect): sender reports from the
    /// endpoint's stream are noted so our next report block can echo them (LSR/DLSR). Never throws; a malformed
    /// compound is counted in <see cref="MalformedRtcp"/>.
    /// </summary>
    public void ReceiveRtcp(ReadOnlySpan<byte> compound)
    {
        var reader = new RtcpCompoundReader(compound);
        while (reader.TryReadNext(out var packet))
        {
            if (!RtcpSenderReport.TryRead(packet, out var report)) continue;
            lock (_gate)
            {
                if (_statistics is not null && _statistics.Ssrc == report.Ssrc)
                {
                    _statistics.RecordSenderReport(report.SenderInfo.NtpTimestamp, _time.GetElapsedTime(_createdTimestamp));
                }
            }
        }
        if (reader.Malformed) MalformedRtcp++;
    }

    /// <summary>RTCP datagrams from the endpoint that were not valid RTCP.</summary>
    public long MalformedRtcp { get; private set; }

    /// <summary>
    /// Writes this leg's periodic RTCP compound packet into <paramref name="destination"/>: a sender report once it
    /// has sent anything (else a receiver report), with a report block on the endpoint's stream once it has heard
    /// one, then an SDES carrying <paramref name="cname"/>. False when it does not fit. Call every few seconds
    /// (RFC 3550 §6.2: 5 s with jitter is usual for one-to-one audio).
    /// </summary>
    public bool TryWriteRtcpReport(Span<byte> destination, string cname, out int written)
    {
        written = 0;
        var writer = new RtcpCompoundWriter(destination);
        Span<RtcpReportBlock> block = stackalloc RtcpReportBlock[1];
        bool ok;
        lock (_gate)
        {
            var blocks = _statistics is null ? block[..0] : block;
            if (_statistics is not null) block[0] = _statistics.CreateReportBlock(_time.GetElapsedTime(_createdTimestamp));
            ok = _sender.PacketCount > 0
                ? writer.TryWriteSenderReport(_sender.Ssrc, new RtcpSenderInfo
                {
                    NtpTimestamp = NtpTimestamp.FromDateTimeOffset(_time.GetUtcNow()),
                    RtpTimestamp = _sender.NextTimestamp,
                    PacketCount = _sender.PacketCount,
                    OctetCount = _sender.OctetCount,
                }, blocks)
                : writer.TryWriteReceiverReport(_sender.Ssrc, blocks);
        }
        if (!ok || !writer.TryWriteSourceDescription(_sender.Ssrc, cname)) return false;
        written = writer.Written;
        return true;
    }

    /// <summary>Gets what the endpoint said in this 20 ms tick (silence or concealment when nothing arrived).</summary>
    public JitterBufferFrame ReadFrame(Span<short> frame)
    {
        lock (_gate) return _jitter.Get(frame);
    }

    /// <summary>Encodes one 20 ms frame and sends it to the endpoint.</summary>
    public void SendFrame(ReadOnlySpan<short> frame)
    {
        Span<byte> payload = stackalloc byte[AudioFrame.SampleCount];
        var length = Codec.Encode(frame[..AudioFrame.SampleCount], payload);
        lock (_gate)
        {
            // After forwarding stops (a bridge became a mixer, hold music starts) the stream continues where it was.
            var marker = !_sentAny || _forwarding;
            _forwarding = false;
            if (!_sender.TryWriteNext(_sendBuffer, Codec.PayloadType, payload[..length], marker, out var written)) return;
            Send(written);
        }
    }

    /// <summary>
    /// Makes every packet this leg receives be forwarded, renumbered, to <paramref name="target"/> without decoding
    /// (both legs must share the codec); null stops it.
    /// </summary>
    internal void ForwardTo(AudioLeg? target)
    {
        lock (_gate) _forwardTo = target;
    }

    private void Forward(in RtpHeader header, ReadOnlySpan<byte> payload)
    {
        lock (_gate)
        {
            if (!_forwarding)
            {
                // Renumber the other leg's stream into ours so the endpoint sees one continuous stream from us.
                _sequenceOffset = (ushort)(_sender.NextSequenceNumber - header.SequenceNumber);
                _timestampOffset = _sender.NextTimestamp - header.Timestamp;
                _forwarding = true;
            }
            if (!_sender.TryWriteAt(_sendBuffer, Codec.PayloadType, payload, header.Marker,
                    (ushort)(header.SequenceNumber + _sequenceOffset), header.Timestamp + _timestampOffset, out var written,
                    (uint)payload.Length)) // G.711: one byte per sample
            {
                return;
            }
            Send(written);
        }
    }

    private void Send(int written)
    {
        _sentAny = true;
        PacketsSent++;
        _transport?.SendRtp(_sendBuffer.AsSpan(0, written));
    }
}
