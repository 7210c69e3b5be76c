using Switchboard.Media.Dtls;
using Switchboard.Media.Sdp;

namespace Switchboard.Media.WebRtc;

/// <summary>How the server answers browsers' audio offers.</summary>
public sealed record WebRtcOptions
{
    /// <summary>The codecs the server accepts, in its order of preference.</summary>
    public IReadOnlyList<SdpAudioCodec> Codecs { get; init; } = [SdpAudioCodec.Pcmu, SdpAudioCodec.Pcma];

    /// <summary>
    /// Whose codec order wins: the browser's (the default, so a page that prefers PCMA with setCodecPreferences gets
    /// PCMA) or the server's.
    /// </summary>
    public SdpCodecChoice CodecChoice { get; init; } = SdpCodecChoice.Offerer;

    /// <summary>SRTP profiles, handshake timeout and sizes of the DTLS handshake.</summary>
    public DtlsSrtpOptions Dtls { get; init; } = new();
}
