namespace Switchboard.Media.Sdp;

/// <summary>The audio codecs this stack speaks; the values are their static RTP payload types (RFC 3551).</summary>
public enum SdpAudioCodec
{
    /// <summary>G.711 µ-law, <c>PCMU/8000</c>, payload type 0.</summary>
    Pcmu = 0,

    /// <summary>G.711 A-law, <c>PCMA/8000</c>, payload type 8.</summary>
    Pcma = 8,
}
