namespace Switchboard.Media;

/// <summary>One plain RTP leg of a relay as the diagnostic endpoint reports it.</summary>
/// <param name="Address">The relay's address this endpoint sends to.</param>
/// <param name="Port">The relay's RTP port for this endpoint (RTCP on the port above).</param>
/// <param name="Codec">PCMU or PCMA.</param>
/// <param name="Remote">Where the relay sends to this endpoint (address:port); null while unknown.</param>
/// <param name="Latched">Whether the relay has latched onto the endpoint's source address (symmetric RTP).</param>
/// <param name="Received">Datagrams received on the RTP port.</param>
/// <param name="Delivered">Audio packets accepted from the endpoint.</param>
/// <param name="Sent">Packets sent to the endpoint (RTP and RTCP).</param>
/// <param name="NotRtp">Datagrams dropped as not RTP.</param>
/// <param name="WrongPayloadType">RTP dropped for another payload type than the codec.</param>
/// <param name="WrongSource">RTP dropped for coming from another address than the latched one.</param>
/// <param name="RtcpReceived">RTCP reports received from the endpoint.</param>
public sealed record RtpRelayLegView(
    string Address, int Port, string Codec, string? Remote, bool Latched, long Received, long Delivered, long Sent, long NotRtp,
    long WrongPayloadType, long WrongSource, long RtcpReceived);
