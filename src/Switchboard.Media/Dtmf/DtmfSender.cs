namespace Switchboard.Media.Dtmf;

/// <summary>
/// Plans the packets of one key press (RFC 4733 §2.5.1): one per packet interval with the same timestamp and a
/// growing duration, the marker on the first, then the final duration with the E bit three times so a lost packet
/// does not lose the end. The RTP leg sends them on its clock in place of audio and gives them sequence numbers.
/// </summary>
public sealed class DtmfSender
{
    /// <summary>Redundant end packets (RFC 4733 §2.5.1.4 recommends three).</summary>
    public const int EndPackets = 3;

    private readonly int _samplesPerPacket;

    /// <summary>A sender for the given clock and packet interval; the defaults are G.711's 8 kHz and 20 ms.</summary>
    /// <param name="clockRate">The telephone-event clock rate from the SDP (8,000 for narrowband calls).</param>
    /// <param name="packetInterval">Time between packets (the audio ptime).</param>
    /// <param name="volume">The level written in the packets, as −dBm0 (0–63).</param>
    public DtmfSender(int clockRate = 8000, TimeSpan? packetInterval = null, byte volume = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(volume, TelephoneEvent.MaxVolume);
        PacketInterval = packetInterval ?? TimeSpan.FromMilliseconds(20);
        _samplesPerPacket = (int)Math.Round(clockRate * PacketInterval.TotalSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_samplesPerPacket, nameof(packetInterval));
        ClockRate = clockRate;
        Volume = volume;
    }

    /// <summary>The RTP clock rate of the events.</summary>
    public int ClockRate { get; }

    /// <summary>Time between packets.</summary>
    public TimeSpan PacketInterval { get; }

    /// <summary>The level written in the packets.</summary>
    public byte Volume { get; }

    /// <summary>
    /// The packets of one press of <paramref name="digit"/> starting at RTP timestamp <paramref name="timestamp"/>,
    /// lasting <paramref name="duration"/> (rounded up to whole packets; 100 ms when not given).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="digit"/> is not a DTMF key, or the duration does not fit.</exception>
    public IReadOnlyList<DtmfPacket> Press(char digit, uint timestamp, TimeSpan? duration = null)
    {
        if (!DtmfDigits.TryGetEvent(digit, out var code))
            throw new ArgumentException($"'{digit}' is not a DTMF key ({DtmfDigits.All}).", nameof(digit));
        var length = duration ?? TimeSpan.FromMilliseconds(100);
        var packets = Math.Max(1, (int)Math.Ceiling(length / PacketInterval));
        var total = (long)packets * _samplesPerPacket;
        if (total > ushort.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(duration), "Longer than one event segment.");

        var plan = new List<DtmfPacket>(packets - 1 + EndPackets);
        for (var i = 1; i < packets; i++)
            plan.Add(Packet(i == 1, timestamp, code, end: false, i * _samplesPerPacket, i - 1));
        for (var i = 0; i < EndPackets; i++)
            plan.Add(Packet(packets == 1 && i == 0, timestamp, code, end: true, (int)total, packets - 1 + i));
        return plan;
    }

    private DtmfPacket Packet(bool marker, uint timestamp, byte code, bool end, int duration, int slot) =>
        new(marker, timestamp, new TelephoneEvent { Event = code, End = end, Volume = Volume, Duration = (ushort)duration },
            PacketInterval * slot);
}
