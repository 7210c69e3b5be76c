namespace Switchboard.Media;

/// <summary>
/// One carrier endpoint of a relay as the request gives it: where its SDP says to send (<c>c=</c> address,
/// <c>m=</c> port) and its codec. Without an address and port the relay waits for the endpoint's first packet.
/// </summary>
/// <param name="Address">The endpoint's IP address; null to learn it from its first packet.</param>
/// <param name="Port">The endpoint's RTP port; null or 0 to learn it from its first packet.</param>
/// <param name="Codec">PCMU (default) or PCMA.</param>
public sealed record RtpRelaySide(string? Address, int? Port, string? Codec);
