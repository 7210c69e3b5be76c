namespace Switchboard.Media.Srtp;

/// <summary>
/// Packet index estimation of RFC 3711 §3.3.1 and Appendix A: a 16-bit sequence number is placed in the rollover
/// period (ROC) closest to the highest index seen, so a sequence wrap from 65535 to 0 carries into the ROC and a
/// late packet from just before a wrap keeps the previous ROC.
/// </summary>
internal static class RolloverCounter
{
    /// <summary>The largest rollover counter; one more and the 48-bit index would repeat.</summary>
    public const long MaxRoc = uint.MaxValue;

    /// <summary>
    /// The 48-bit index of <paramref name="sequenceNumber"/> given the highest index seen so far, or -1 when it
    /// would fall before index 0 or past the last rollover period.
    /// </summary>
    public static long EstimateIndex(ulong highestIndex, ushort sequenceNumber)
    {
        var roc = (long)(highestIndex >> 16);
        var highestSequence = (int)(highestIndex & 0xFFFF);
        long guess;
        if (highestSequence < 32768)
            guess = sequenceNumber - highestSequence > 32768 ? roc - 1 : roc;
        else
            guess = highestSequence - 32768 > sequenceNumber ? roc + 1 : roc;
        if (guess < 0 || guess > MaxRoc) return -1;
        return (guess << 16) | sequenceNumber;
    }
}
