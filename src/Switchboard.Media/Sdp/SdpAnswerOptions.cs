using Switchboard.Media.Dtls;

namespace Switchboard.Media.Sdp;

/// <summary>What we put into an answer: our capabilities, ICE credentials, DTLS fingerprint and candidates.</summary>
public sealed record SdpAnswerOptions
{
    /// <summary>The codecs we accept, in our order of preference.</summary>
    public IReadOnlyList<SdpAudioCodec> Codecs { get; init; } = [SdpAudioCodec.Pcmu, SdpAudioCodec.Pcma];

    /// <summary>Whose preference decides among acceptable codecs.</summary>
    public SdpCodecChoice CodecChoice { get; init; } = SdpCodecChoice.Offerer;

    /// <summary>Whether to accept RFC 4733 telephone-event/8000 (DTMF) when offered.</summary>
    public bool TelephoneEvent { get; init; } = true;

    /// <summary>Our ICE username fragment.</summary>
    public required string IceUfrag { get; init; }

    /// <summary>Our ICE password.</summary>
    public required string IcePwd { get; init; }

    /// <summary>Our certificate's fingerprint.</summary>
    public required DtlsFingerprint Fingerprint { get; init; }

    /// <summary>Our candidates (an ICE-lite server has host candidates only); the first also fills m= and c=.</summary>
    public IReadOnlyList<SdpCandidate> Candidates { get; init; } = [];

    /// <summary>
    /// Our DTLS role when the offer leaves it to us (<c>actpass</c>): <see cref="SdpSetup.Passive"/> (we are the DTLS
    /// server; the browser's ClientHello comes once ICE connects) or <see cref="SdpSetup.Active"/>.
    /// </summary>
    public SdpSetup Setup { get; init; } = SdpSetup.Passive;

    /// <summary>Packet duration we send, in milliseconds.</summary>
    public int Ptime { get; init; } = 20;

    /// <summary>The o= session id; a random number when null.</summary>
    public string? SessionId { get; init; }

    /// <summary>Our SSRC, written with <see cref="CName"/> as <c>a=ssrc</c> when both are set.</summary>
    public uint? Ssrc { get; init; }

    /// <summary>Our RTCP CNAME.</summary>
    public string? CName { get; init; }
}
