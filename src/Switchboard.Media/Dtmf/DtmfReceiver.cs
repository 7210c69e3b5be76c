using Switchboard.Media.Rtp;

namespace Switchboard.Media.Dtmf;

/// <summary>
/// Turns the telephone-event packets of one RTP stream into key presses, each exactly once. An event is known by
/// its RTP timestamp, so the digit is reported by the first packet of a new timestamp that arrives (the marked
/// start, or an update or end packet when the start was lost); updates, the redundant end packets and late packets
/// of older events report nothing. Two presses of the same key have different timestamps and report twice.
/// </summary>
/// <remarks>Not thread-safe: fed by the stream's receive path.</remarks>
public sealed class DtmfReceiver
{
    private bool _started;
    private uint _timestamp;
    private byte _event;
    private bool _ended;

    /// <summary>Packets whose payload was too short to be a telephone event.</summary>
    public long Malformed { get; private set; }

    /// <summary>
    /// Takes one telephone-event packet; true with the key when it starts a new key press. Never throws.
    /// </summary>
    /// <param name="header">The packet's RTP header (timestamp and marker are used).</param>
    /// <param name="payload">The RTP payload.</param>
    /// <param name="digit">The key pressed, when this returns true.</param>
    public bool TryReceive(in RtpHeader header, ReadOnlySpan<byte> payload, out char digit)
    {
        digit = '\0';
        if (!TelephoneEvent.TryRead(payload, out var telephoneEvent))
        {
            Malformed++;
            return false;
        }
        if (_started)
        {
            var sinceLast = (int)(header.Timestamp - _timestamp);
            if (sinceLast < 0) return false; // a late packet of an event already handled
            if (sinceLast == 0)
            {
                _ended |= telephoneEvent.End;
                return false;
            }
            // RFC 4733 §2.5.1.3: an event longer than the 16-bit duration goes on in a new segment with a new
            // timestamp, no marker and the same code; it is the same key press.
            if (!_ended && !header.Marker && telephoneEvent.Event == _event && sinceLast <= ushort.MaxValue + 1)
            {
                _timestamp = header.Timestamp;
                _ended = telephoneEvent.End;
                return false;
            }
        }
        _started = true;
        _timestamp = header.Timestamp;
        _event = telephoneEvent.Event;
        _ended = telephoneEvent.End;
        return DtmfDigits.TryGetDigit(telephoneEvent.Event, out digit);
    }
}
