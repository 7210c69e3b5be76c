namespace Switchboard.Media.Srtp;

/// <summary>
/// One profile's packet cryptography with session keys already derived. It knows nothing of streams, indices or
/// replay: <see cref="SrtpContext"/> validates the packet, picks the index and hands it in.
/// </summary>
internal abstract class SrtpTransform : IDisposable
{
    /// <summary>Bytes an SRTP packet grows by (the tag).</summary>
    public abstract int RtpOverhead { get; }

    /// <summary>Bytes an SRTCP packet grows by (E flag and index, and the tag).</summary>
    public int RtcpOverhead => RtpOverhead + SrtcpIndexLength;

    /// <summary>The E flag and 31-bit SRTCP index.</summary>
    public const int SrtcpIndexLength = 4;

    /// <summary>Bytes of the RTCP header and sender SSRC that SRTCP leaves in clear.</summary>
    public const int RtcpClearLength = 8;

    /// <summary>
    /// Encrypts <c>buffer[headerLength..length]</c> and appends the tag; the buffer has room for
    /// <see cref="RtpOverhead"/> more bytes. Returns the protected length.
    /// </summary>
    public abstract int ProtectRtp(Span<byte> buffer, int headerLength, int length, uint ssrc, ulong index);

    /// <summary>Verifies and decrypts a whole SRTP packet; returns the plain length or -1 when the tag fails.</summary>
    public abstract int UnprotectRtp(Span<byte> packet, int headerLength, uint ssrc, ulong index);

    /// <summary>Encrypts an RTCP compound packet after its first 8 bytes and appends index and tag.</summary>
    public abstract int ProtectRtcp(Span<byte> buffer, int length, uint ssrc, uint index);

    /// <summary>Where this profile puts the E flag and SRTCP index in a protected packet.</summary>
    public abstract int RtcpIndexOffset(int packetLength);

    /// <summary>
    /// Verifies (and, when the E flag is set, decrypts) a whole SRTCP packet; returns the plain length or -1 when
    /// the tag fails.
    /// </summary>
    public abstract int UnprotectRtcp(Span<byte> packet, uint ssrc, uint flagAndIndex);

    /// <inheritdoc />
    public abstract void Dispose();
}
