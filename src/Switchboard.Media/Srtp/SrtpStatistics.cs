namespace Switchboard.Media.Srtp;

/// <summary>Counts of what one <see cref="SrtpContext"/> did, for the session's metrics and for tests.</summary>
/// <param name="Protected">RTP and RTCP packets protected.</param>
/// <param name="Unprotected">RTP and RTCP packets that authenticated and were decrypted.</param>
/// <param name="Malformed">Packets refused before any cryptography: too short, not RTP/RTCP, no room for the tag.</param>
/// <param name="AuthenticationFailures">Packets whose tag did not verify.</param>
/// <param name="Replays">Packets whose index was already accepted.</param>
/// <param name="TooOld">Packets behind the replay window.</param>
public readonly record struct SrtpStatistics(
    long Protected, long Unprotected, long Malformed, long AuthenticationFailures, long Replays, long TooOld);
