namespace Switchboard.Media;

/// <summary>The body of <c>POST /media/relays</c>: the two carrier endpoints to connect.</summary>
/// <param name="A">The first endpoint (the caller, say).</param>
/// <param name="B">The second endpoint.</param>
public sealed record RtpRelayRequest(RtpRelaySide? A, RtpRelaySide? B);
