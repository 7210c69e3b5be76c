namespace Switchboard.Media.WebRtc;

/// <summary>What a WebRTC leg refused or could not use, beside what its audio leg counts.</summary>
public sealed class WebRtcLegCounters
{
    private long _beforeKeys;
    private long _srtpRefused;
    private long _srtcpRefused;
    private long _rtcpReceived;
    private long _sendFailures;

    /// <summary>SRTP or SRTCP packets that arrived before the DTLS handshake produced keys.</summary>
    public long BeforeKeys => Interlocked.Read(ref _beforeKeys);

    /// <summary>SRTP packets refused by authentication, replay protection or as malformed.</summary>
    public long SrtpRefused => Interlocked.Read(ref _srtpRefused);

    /// <summary>SRTCP packets refused the same way.</summary>
    public long SrtcpRefused => Interlocked.Read(ref _srtcpRefused);

    /// <summary>SRTCP packets accepted (reports from the browser).</summary>
    public long RtcpReceived => Interlocked.Read(ref _rtcpReceived);

    /// <summary>Packets that could not be protected or sent (no selected address yet, socket refused).</summary>
    public long SendFailures => Interlocked.Read(ref _sendFailures);

    internal void CountBeforeKeys() => Interlocked.Increment(ref _beforeKeys);

    internal void CountSrtpRefused() => Interlocked.Increment(ref _srtpRefused);

    internal void CountSrtcpRefused() => Interlocked.Increment(ref _srtcpRefused);

    internal void CountRtcp() => Interlocked.Increment(ref _rtcpReceived);

    internal void CountSendFailure() => Interlocked.Increment(ref _sendFailures);
}
