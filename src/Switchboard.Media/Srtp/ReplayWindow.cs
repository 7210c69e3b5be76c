namespace Switchboard.Media.Srtp;

/// <summary>
/// The sliding replay window of RFC 3711 §3.3.2 over a packet index (48-bit SRTP or 31-bit SRTCP): the highest
/// accepted index and a bitmap of the <see cref="Size"/> indices at and below it.
/// </summary>
internal struct ReplayWindow
{
    /// <summary>How many indices behind the highest one are still told apart from replays.</summary>
    public const int Size = 128;

    private UInt128 _seen; // bit n: index Highest - n was accepted
    private bool _started;

    /// <summary>The highest accepted index; meaningful once a packet was accepted.</summary>
    public ulong Highest { get; private set; }

    /// <summary>Whether any index was accepted yet.</summary>
    public readonly bool Started => _started;

    /// <summary>Whether <paramref name="index"/> may still be accepted; does not change the window.</summary>
    public readonly SrtpFailure Check(ulong index)
    {
        if (!_started || index > Highest) return SrtpFailure.None;
        var behind = Highest - index;
        if (behind >= Size) return SrtpFailure.TooOld;
        return ((_seen >> (int)behind) & UInt128.One) != UInt128.Zero ? SrtpFailure.Replayed : SrtpFailure.None;
    }

    /// <summary>Records <paramref name="index"/> as accepted; call only after it authenticated.</summary>
    public void Accept(ulong index)
    {
        if (!_started)
        {
            _started = true;
            Highest = index;
            _seen = UInt128.One;
            return;
        }
        if (index > Highest)
        {
            var ahead = index - Highest;
            _seen = ahead >= Size ? UInt128.One : (_seen << (int)ahead) | UInt128.One;
            Highest = index;
            return;
        }
        var behind = Highest - index;
        if (behind < Size) _seen |= UInt128.One << (int)behind;
    }
}
