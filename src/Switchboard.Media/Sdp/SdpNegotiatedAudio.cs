using Switchboard.Media.Dtls;

namespace Switchboard.Media.Sdp;

/// <summary>What an accepted offer and our answer agreed for the audio stream: what the media session is wired with.</summary>
public sealed record SdpNegotiatedAudio
{
    /// <summary>The audio section's mid.</summary>
    public string? Mid { get; init; }

    /// <summary>The codec both sides use.</summary>
    public required SdpAudioCodec Codec { get; init; }

    /// <summary>Its payload type (0 or 8).</summary>
    public required int PayloadType { get; init; }

    /// <summary>The telephone-event/8000 payload type, when DTMF was agreed.</summary>
    public int? TelephoneEventPayloadType { get; init; }

    /// <summary>The packet duration we send, in milliseconds.</summary>
    public required int Ptime { get; init; }

    /// <summary>Our DTLS role, from the setup attributes.</summary>
    public required DtlsRole DtlsRole { get; init; }

    /// <summary>Our direction in the answer.</summary>
    public required SdpDirection Direction { get; init; }

    /// <summary>The offerer's ICE username fragment.</summary>
    public required string RemoteIceUfrag { get; init; }

    /// <summary>The offerer's ICE password.</summary>
    public required string RemoteIcePwd { get; init; }

    /// <summary>The offerer's certificate fingerprints; its DTLS certificate must match one.</summary>
    public required IReadOnlyList<DtlsFingerprint> RemoteFingerprints { get; init; }

    /// <summary>The offerer's candidates (an ICE-lite server only learns addresses from checks, but logs these).</summary>
    public IReadOnlyList<SdpCandidate> RemoteCandidates { get; init; } = [];
}
