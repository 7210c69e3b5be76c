namespace Switchboard.Media.Audio;

/// <summary>
/// What a transport does for a leg: send one plain RTP packet to the endpoint (the WebRTC transport SRTP-protects it
/// and sends it over the selected ICE pair; a plain RTP transport sends it as is). Inbound packets go the other
/// way, through <see cref="AudioLeg.ReceiveRtp"/>. The packet span is only valid during the call.
/// </summary>
public interface ILegTransport
{
    /// <summary>Sends one RTP packet to the endpoint.</summary>
    void SendRtp(ReadOnlySpan<byte> packet);
}
