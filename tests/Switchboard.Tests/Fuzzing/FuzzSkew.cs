using Switchboard.CloudApi.Signatures;

namespace Switchboard.Tests.Fuzzing;

/// <summary>Random distances around the five-minute signature window.</summary>
internal static class FuzzSkew
{
    private const int Window = SignatureTimestamp.DefaultMaxSkewSeconds;

    public static int Direction(Random random) => random.Next(2) == 0 ? 1 : -1;

    /// <summary>
    /// How far to move a timestamp that was inside the window (up to 300 s from now) so that it is certainly
    /// outside, yet stays a positive number for the realistic clocks used here.
    /// </summary>
    public static long PastTheWindow(Random random) => Direction(random) * random.NextInt64(2 * Window + 1, 1_500_000_000);

    /// <summary>How far from a timestamp the server clock must be for it to have expired.</summary>
    public static long OutsideTheWindow(Random random) => Direction(random) * random.NextInt64(Window + 1, 100_000_000);
}
