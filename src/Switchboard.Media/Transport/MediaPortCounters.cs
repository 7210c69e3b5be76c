namespace Switchboard.Media.Transport;

/// <summary>What the media port did with the datagrams it received and sent; safe to read from any thread.</summary>
public sealed class MediaPortCounters
{
    private readonly long[] _dropped = new long[Enum.GetValues<MediaPortDropReason>().Length];
    private long _received, _delivered, _checksAnswered, _sent, _sendFailures;

    /// <summary>Datagrams read from the socket.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>DTLS, RTP and RTCP datagrams handed to a session.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Connectivity checks answered with a success response.</summary>
    public long ChecksAnswered => Interlocked.Read(ref _checksAnswered);

    /// <summary>Datagrams sent, STUN responses included.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Sends the socket refused.</summary>
    public long SendFailures => Interlocked.Read(ref _sendFailures);

    /// <summary>Datagrams dropped for <paramref name="reason"/>.</summary>
    public long Dropped(MediaPortDropReason reason) => Interlocked.Read(ref _dropped[(int)reason]);

    /// <summary>Datagrams dropped for any reason.</summary>
    public long TotalDropped
    {
        get
        {
            long total = 0;
            for (var i = 0; i < _dropped.Length; i++) total += Interlocked.Read(ref _dropped[i]);
            return total;
        }
    }

    internal void CountReceived() => Interlocked.Increment(ref _received);

    internal void CountDelivered() => Interlocked.Increment(ref _delivered);

    internal void CountCheckAnswered() => Interlocked.Increment(ref _checksAnswered);

    internal void CountSent() => Interlocked.Increment(ref _sent);

    internal void CountSendFailure() => Interlocked.Increment(ref _sendFailures);

    internal void CountDropped(MediaPortDropReason reason) => Interlocked.Increment(ref _dropped[(int)reason]);
}
