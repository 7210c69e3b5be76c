namespace Switchboard.Media.Transport;

/// <summary>What a <see cref="PlainRtpLeg"/> did with the datagrams it received and sent; safe to read from any thread.</summary>
public sealed class PlainRtpLegCounters
{
    private long _received, _delivered, _notRtp, _wrongPayloadType, _wrongSource, _rtcpReceived, _sent, _sendFailures, _unaddressed,
        _socketErrors;

    /// <summary>Datagrams read from the RTP port.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>RTP packets of the leg's codec from the latched source, handed to the audio leg.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Datagrams on the RTP port that were not RTP version 2 (or not a complete header) and not RTCP.</summary>
    public long NotRtp => Interlocked.Read(ref _notRtp);

    /// <summary>RTP packets of another payload type than the leg's codec.</summary>
    public long WrongPayloadType => Interlocked.Read(ref _wrongPayloadType);

    /// <summary>Valid RTP from another address than the one the leg latched onto.</summary>
    public long WrongSource => Interlocked.Read(ref _wrongSource);

    /// <summary>RTCP datagrams received, on the RTCP port or multiplexed on the RTP port.</summary>
    public long RtcpReceived => Interlocked.Read(ref _rtcpReceived);

    /// <summary>RTP and RTCP datagrams sent.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Sends the socket refused.</summary>
    public long SendFailures => Interlocked.Read(ref _sendFailures);

    /// <summary>Packets not sent because the far end's address is not known yet (no SDP address and nothing latched).</summary>
    public long Unaddressed => Interlocked.Read(ref _unaddressed);

    /// <summary>Errors the sockets reported on receive.</summary>
    public long SocketErrors => Interlocked.Read(ref _socketErrors);

    /// <summary>Everything received on the RTP port and not delivered as audio or RTCP.</summary>
    public long Dropped => NotRtp + WrongPayloadType + WrongSource;

    internal void CountReceived() => Interlocked.Increment(ref _received);

    internal void CountDelivered() => Interlocked.Increment(ref _delivered);

    internal void CountNotRtp() => Interlocked.Increment(ref _notRtp);

    internal void CountWrongPayloadType() => Interlocked.Increment(ref _wrongPayloadType);

    internal void CountWrongSource() => Interlocked.Increment(ref _wrongSource);

    internal void CountRtcp() => Interlocked.Increment(ref _rtcpReceived);

    internal void CountSent() => Interlocked.Increment(ref _sent);

    internal void CountSendFailure() => Interlocked.Increment(ref _sendFailures);

    internal void CountUnaddressed() => Interlocked.Increment(ref _unaddressed);

    internal void CountSocketError() => Interlocked.Increment(ref _socketErrors);
}
