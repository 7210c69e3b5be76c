namespace Switchboard.Media.Audio;

/// <summary>
/// A narrowband audio codec as a leg uses it: one RTP payload type, frames of 160 samples in and out. The seam
/// through which a bridge transcodes when its legs disagree.
/// </summary>
public interface IAudioCodec
{
    /// <summary>Encoding name as in SDP rtpmap (PCMU, PCMA).</summary>
    string Name { get; }

    /// <summary>RTP payload type the codec is carried as.</summary>
    byte PayloadType { get; }

    /// <summary>Encodes <paramref name="pcm"/> into <paramref name="payload"/>; returns the payload length.</summary>
    int Encode(ReadOnlySpan<short> pcm, Span<byte> payload);

    /// <summary>Decodes <paramref name="payload"/> into <paramref name="pcm"/>; returns the number of samples.</summary>
    int Decode(ReadOnlySpan<byte> payload, Span<short> pcm);
}
