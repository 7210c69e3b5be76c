namespace Switchboard.Media.Srtp;

/// <summary>The outcome of protecting or unprotecting one packet in place.</summary>
/// <param name="Length">The packet's new length in the buffer when <paramref name="Failure"/> is none; 0 otherwise.</param>
/// <param name="Failure">Why the packet was refused, or <see cref="SrtpFailure.None"/>.</param>
public readonly record struct SrtpResult(int Length, SrtpFailure Failure)
{
    /// <summary>Whether the packet was protected or unprotected and <see cref="Length"/> is valid.</summary>
    public bool Succeeded => Failure == SrtpFailure.None;

    internal static SrtpResult Ok(int length) => new(length, SrtpFailure.None);

    internal static SrtpResult Fail(SrtpFailure failure) => new(0, failure);
}
