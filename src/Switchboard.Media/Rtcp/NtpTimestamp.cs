namespace Switchboard.Media.Rtcp;

/// <summary>
/// 64-bit NTP timestamps (seconds since 1900 in the upper 32 bits, the fraction in the lower 32) as RTCP uses
/// them, and the "middle 32 bits" that LSR echoes.
/// </summary>
public static class NtpTimestamp
{
    private static readonly DateTimeOffset Epoch = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The NTP timestamp of <paramref name="time"/>.</summary>
    public static ulong FromDateTimeOffset(DateTimeOffset time)
    {
        var ticks = (ulong)(time - Epoch).Ticks;
        var seconds = ticks / TimeSpan.TicksPerSecond;
        var fraction = ((ticks % TimeSpan.TicksPerSecond) << 32) / TimeSpan.TicksPerSecond;
        return seconds << 32 | fraction;
    }

    /// <summary>The middle 32 bits (16.16 fixed point seconds) that a report block's LSR carries.</summary>
    public static uint Middle32(ulong ntp) => (uint)(ntp >> 16);
}
