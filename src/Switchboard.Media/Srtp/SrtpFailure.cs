namespace Switchboard.Media.Srtp;

/// <summary>Why a packet could not be protected or unprotected. Every reason is counted separately.</summary>
public enum SrtpFailure
{
    /// <summary>The operation succeeded.</summary>
    None = 0,

    /// <summary>Not an RTP or RTCP packet this context can handle: too short, wrong version, header past the end.</summary>
    Malformed,

    /// <summary>The buffer given to a protect call has no room for the authentication tag (and SRTCP index).</summary>
    BufferTooSmall,

    /// <summary>The tag did not verify: tampered packet, wrong key, or a rollover counter guessed wrong.</summary>
    AuthenticationFailed,

    /// <summary>A packet with this index was already accepted (RFC 3711 §3.3.2).</summary>
    Replayed,

    /// <summary>The index is behind the replay window, so it can no longer be told apart from a replay.</summary>
    TooOld,

    /// <summary>
    /// The SRTCP index (2^31 packets) or the rollover counter ran out; the keys must be renegotiated before the
    /// keystream would repeat.
    /// </summary>
    KeysExhausted,

    /// <summary>The context already tracks <see cref="SrtpContext.MaxStreams"/> SSRCs and this packet is of a new one.</summary>
    TooManyStreams,
}
