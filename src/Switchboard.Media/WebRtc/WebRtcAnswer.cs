namespace Switchboard.Media.WebRtc;

/// <summary>
/// The outcome of a browser's offer: the SDP answer to send back and the leg that now waits for the browser's ICE
/// checks and DTLS handshake, or why the offer was refused.
/// </summary>
public sealed record WebRtcAnswer
{
    /// <summary>The SDP answer (non-trickle: it carries the server's candidates); null when refused.</summary>
    public string? Sdp { get; init; }

    /// <summary>The new leg; null when refused.</summary>
    public WebRtcLeg? Leg { get; init; }

    /// <summary>Why the offer was refused, in words a developer can act on; null on success.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the offer was answered.</summary>
    public bool Succeeded => Leg is not null;

    internal static WebRtcAnswer Refused(string error) => new() { Error = error };
}
