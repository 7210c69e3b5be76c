namespace Switchboard.Media.Rtcp;

/// <summary>
/// What a receiver knows about one incoming RTP stream, kept as RFC 3550 Appendix A describes: the extended highest
/// sequence number with wrap counting and the dropout/misorder rules of A.1, loss and fraction lost per reporting
/// interval (A.3), interarrival jitter (A.8), and the last sender report for LSR/DLSR. It produces the report
/// block of a receiver or sender report. Not thread-safe: feed it from the receive path of its stream.
/// </summary>
public sealed class RtpReceiveStatistics
{
    // A.1: a forward jump of up to MaxDropout packets is loss; a backward step of up to MaxMisorder is reordering;
    // anything else is a restart of the sender, confirmed when the next packet follows on from it.
    private const int MaxDropout = 3000;
    private const int MaxMisorder = 100;
    private const int SequenceModulus = 1 << 16;

    private readonly int _clockRate;
    private bool _started;
    private ushort _maxSequence;
    private uint _cycles;
    private uint _baseSequence;
    private int _badSequence = SequenceModulus + 1;
    private long _expectedPrior;
    private long _receivedPrior;
    private uint _lastTransit;
    private uint _jitterTimes16;
    private uint _lastSenderReport;
    private TimeSpan _lastSenderReportArrival;
    private bool _haveSenderReport;

    /// <summary>Starts statistics for the stream <paramref name="ssrc"/> with the codec's clock rate.</summary>
    public RtpReceiveStatistics(uint ssrc, int clockRate = 8000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockRate);
        Ssrc = ssrc;
        _clockRate = clockRate;
    }

    /// <summary>The stream reported on.</summary>
    public uint Ssrc { get; }

    /// <summary>Packets counted as received (duplicates included, as A.3 counts them).</summary>
    public long PacketsReceived { get; private set; }

    /// <summary>Packets ignored as an unconfirmed jump in sequence numbers.</summary>
    public long PacketsDiscarded { get; private set; }

    /// <summary>Highest sequence number seen, with the wrap count in the upper 16 bits.</summary>
    public uint ExtendedHighestSequence => _cycles + _maxSequence;

    /// <summary>Packets expected minus packets received since the stream began (negative with duplicates).</summary>
    public long CumulativeLost => PacketsExpected - PacketsReceived;

    /// <summary>Packets expected from the first and highest sequence numbers seen.</summary>
    public long PacketsExpected => _started ? (long)ExtendedHighestSequence - _baseSequence + 1 : 0;

    /// <summary>Interarrival jitter in timestamp units.</summary>
    public uint Jitter => _jitterTimes16 >> 4;

    /// <summary>
    /// Counts one packet that arrived at <paramref name="arrival"/> (any monotonic clock, e.g.
    /// <see cref="TimeProvider.GetElapsedTime(long)"/> since the session began). False when the packet was ignored
    /// as an unconfirmed jump of the sequence (the first packet after a sender restart).
    /// </summary>
    public bool Record(ushort sequence, uint timestamp, TimeSpan arrival)
    {
        var arrivalUnits = (uint)(long)((Int128)arrival.Ticks * _clockRate / TimeSpan.TicksPerSecond);
        if (!_started)
        {
            Restart(sequence);
            _started = true;
            _lastTransit = arrivalUnits - timestamp;
            PacketsReceived = 1;
            return true;
        }
        var delta = (ushort)(sequence - _maxSequence);
        if (delta < MaxDropout)
        {
            if (sequence < _maxSequence) _cycles += SequenceModulus;
            _maxSequence = sequence;
        }
        else if (delta <= SequenceModulus - MaxMisorder)
        {
            if (sequence != _badSequence)
            {
                _badSequence = (sequence + 1) & (SequenceModulus - 1);
                PacketsDiscarded++;
                return false;
            }
            // Two packets in a row after the jump: the sender restarted, so do we.
            Restart(sequence);
            PacketsReceived = 0;
            _lastTransit = arrivalUnits - timestamp;
        }
        PacketsReceived++;
        UpdateJitter(arrivalUnits - timestamp);
        return true;
    }

    /// <summary>Notes a sender report from this stream's sender, so the next report block can echo it (LSR, DLSR).</summary>
    public void RecordSenderReport(ulong ntpTimestamp, TimeSpan arrival)
    {
        _lastSenderReport = NtpTimestamp.Middle32(ntpTimestamp);
        _lastSenderReportArrival = arrival;
        _haveSenderReport = true;
    }

    /// <summary>
    /// The report block for this stream at <paramref name="now"/> (same clock as <see cref="Record"/>); starts a
    /// new interval for the fraction lost, so call it once per report sent.
    /// </summary>
    public RtcpReportBlock CreateReportBlock(TimeSpan now)
    {
        var expected = PacketsExpected;
        var expectedInterval = expected - _expectedPrior;
        var receivedInterval = PacketsReceived - _receivedPrior;
        _expectedPrior = expected;
        _receivedPrior = PacketsReceived;
        var lostInterval = expectedInterval - receivedInterval;
        var fraction = expectedInterval == 0 || lostInterval <= 0 ? 0 : (lostInterval << 8) / expectedInterval;
        uint delay = 0;
        if (_haveSenderReport && now >= _lastSenderReportArrival)
        {
            delay = (uint)Math.Min(uint.MaxValue,
                (long)((Int128)(now - _lastSenderReportArrival).Ticks * 65536 / TimeSpan.TicksPerSecond));
        }
        return new RtcpReportBlock
        {
            Ssrc = Ssrc,
            FractionLost = (byte)Math.Min(255, fraction),
            CumulativeLost = (int)Math.Clamp(CumulativeLost, -0x800000, 0x7FFFFF),
            ExtendedHighestSequence = ExtendedHighestSequence,
            Jitter = Jitter,
            LastSenderReport = _haveSenderReport ? _lastSenderReport : 0,
            DelaySinceLastSenderReport = delay,
        };
    }

    private void Restart(ushort sequence)
    {
        _baseSequence = sequence;
        _maxSequence = sequence;
        _badSequence = SequenceModulus + 1;
        _cycles = 0;
        _expectedPrior = 0;
        _receivedPrior = 0;
    }

    private void UpdateJitter(uint transit)
    {
        // A.8 in integer form: the estimate is kept times 16 so the 1/16 gain needs no division.
        var d = (int)(transit - _lastTransit);
        _lastTransit = transit;
        var magnitude = (uint)Math.Abs((long)d);
        _jitterTimes16 = (uint)(_jitterTimes16 + magnitude - ((_jitterTimes16 + 8) >> 4));
    }
}
