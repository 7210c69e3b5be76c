using Switchboard.Media.Srtp;

namespace Switchboard.Media.Dtls;

/// <summary>How a DTLS-SRTP handshake ended: the SRTP keys on success, a reason a person can read on failure.</summary>
public sealed record DtlsSrtpResult
{
    /// <summary>The exported keys when the handshake completed; null when it failed.</summary>
    public SrtpKeyingMaterial? Keys { get; init; }

    /// <summary>Why the handshake failed; null when it succeeded.</summary>
    public string? Failure { get; init; }

    /// <summary>Whether keys were exported.</summary>
    public bool Succeeded => Keys is not null;

    internal static DtlsSrtpResult Success(SrtpKeyingMaterial keys) => new() { Keys = keys };

    internal static DtlsSrtpResult Failed(string reason) => new() { Failure = reason };
}
