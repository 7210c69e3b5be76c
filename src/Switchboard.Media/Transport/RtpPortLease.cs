namespace Switchboard.Media.Transport;

/// <summary>An RTP port booked from an <see cref="RtpPortRange"/>; disposing it gives the port back (once).</summary>
public sealed class RtpPortLease : IDisposable
{
    private RtpPortRange? _range;

    internal RtpPortLease(RtpPortRange range, int rtpPort)
    {
        _range = range;
        RtpPort = rtpPort;
    }

    /// <summary>The even RTP port.</summary>
    public int RtpPort { get; }

    /// <summary>The RTCP port, one above.</summary>
    public int RtcpPort => RtpPort + 1;

    /// <summary>Returns the port to the range. Idempotent.</summary>
    public void Dispose() => Interlocked.Exchange(ref _range, null)?.Release(RtpPort);
}
