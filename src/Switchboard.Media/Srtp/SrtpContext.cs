using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Switchboard.Media.Rtp;

namespace Switchboard.Media.Srtp;

/// <summary>
/// One direction of SRTP and SRTCP for one DTLS association: protects what this side sends (built from the local
/// master key) or unprotects what the peer sends (built from the remote one). Packets are transformed in place and
/// bad input is refused with a <see cref="SrtpFailure"/>, never an exception. After the first packet of an SSRC,
/// protecting and unprotecting allocate nothing.
/// </summary>
/// <remarks>
/// Not thread-safe: one context is driven by one thread at a time (the send loop, or the receive loop). That is
/// why a session has two.
/// </remarks>
public sealed class SrtpContext : IDisposable
{
    /// <summary>
    /// Most SSRCs one context tracks. Only authenticated packets create state, so only the keyed peer can use them
    /// up; past the limit new SSRCs are refused rather than let through without a replay window.
    /// </summary>
    public const int MaxStreams = 64;

    private readonly SrtpTransform _transform;
    private readonly Dictionary<uint, SrtpStream> _streams = [];
    private long _protected, _unprotected, _malformed, _authenticationFailures, _replays, _tooOld;

    /// <summary>Derives the session keys of <paramref name="masterKey"/> for <paramref name="profile"/>.</summary>
    /// <exception cref="ArgumentException">The key or salt has the wrong length for the profile.</exception>
    public SrtpContext(SrtpProfile profile, SrtpMasterKey masterKey)
        : this(profile, CreateTransform(profile, masterKey))
    {
    }

    internal SrtpContext(SrtpProfile profile, SrtpTransform transform)
    {
        Profile = profile;
        _transform = transform;
    }

    /// <summary>The protection profile in use.</summary>
    public SrtpProfile Profile { get; }

    /// <summary>Bytes an RTP packet grows by when protected: the buffer passed to <see cref="ProtectRtp"/> needs them.</summary>
    public int RtpOverhead => _transform.RtpOverhead;

    /// <summary>Bytes an RTCP packet grows by when protected (index and tag).</summary>
    public int RtcpOverhead => _transform.RtcpOverhead;

    /// <summary>What this context has done so far.</summary>
    public SrtpStatistics Statistics =>
        new(_protected, _unprotected, _malformed, _authenticationFailures, _replays, _tooOld);

    /// <summary>
    /// Protects the RTP packet in <c>buffer[..length]</c> in place, appending the tag after it.
    /// </summary>
    /// <param name="buffer">Holds the packet and at least <see cref="RtpOverhead"/> spare bytes after it.</param>
    /// <param name="length">Bytes of the plain RTP packet at the start of <paramref name="buffer"/>.</param>
    /// <returns>The SRTP packet's length, or why it could not be protected.</returns>
    public SrtpResult ProtectRtp(Span<byte> buffer, int length)
    {
        if ((uint)length > (uint)buffer.Length || !RtpHeader.TryRead(buffer[..length], out var header)
            || length > AesCounterMode.MaxLength)
            return Count(SrtpFailure.Malformed);
        if (buffer.Length - length < RtpOverhead) return Count(SrtpFailure.BufferTooSmall);

        var stream = Stream(header.Ssrc, create: true);
        if (stream is null) return Count(SrtpFailure.TooManyStreams);
        ulong index = header.SequenceNumber;
        if (stream.SendStarted)
        {
            var estimate = RolloverCounter.EstimateIndex(stream.SendHighestIndex, header.SequenceNumber);
            if (estimate < 0)
                return Count(stream.SendHighestIndex >> 16 == RolloverCounter.MaxRoc ? SrtpFailure.KeysExhausted : SrtpFailure.TooOld);
            index = (ulong)estimate;
        }
        if (!stream.SendStarted || index > stream.SendHighestIndex)
        {
            stream.SendHighestIndex = index;
            stream.SendStarted = true;
        }
        _protected++;
        return SrtpResult.Ok(_transform.ProtectRtp(buffer, header.Length, length, header.Ssrc, index));
    }

    /// <summary>
    /// Authenticates, replay-checks and decrypts the SRTP packet that fills <paramref name="packet"/>, in place.
    /// </summary>
    /// <returns>The plain RTP packet's length (at the start of <paramref name="packet"/>), or why it was refused.</returns>
    public SrtpResult UnprotectRtp(Span<byte> packet)
    {
        if (packet.Length > AesCounterMode.MaxLength || !RtpHeader.TryRead(packet, out var header)
            || packet.Length - header.Length < RtpOverhead)
            return Count(SrtpFailure.Malformed);

        var stream = Stream(header.Ssrc, create: false);
        if (stream is null && _streams.Count >= MaxStreams) return Count(SrtpFailure.TooManyStreams);
        ulong index = header.SequenceNumber;
        if (stream is not null && stream.Rtp.Started)
        {
            var estimate = RolloverCounter.EstimateIndex(stream.Rtp.Highest, header.SequenceNumber);
            if (estimate < 0) return Count(SrtpFailure.TooOld);
            index = (ulong)estimate;
            var replay = stream.Rtp.Check(index);
            if (replay != SrtpFailure.None) return Count(replay);
        }

        var length = _transform.UnprotectRtp(packet, header.Length, header.Ssrc, index);
        if (length < 0) return Count(SrtpFailure.AuthenticationFailed);

        stream ??= Stream(header.Ssrc, create: true)!;
        stream.Rtp.Accept(index);
        _unprotected++;
        return SrtpResult.Ok(length);
    }

    /// <summary>Protects the RTCP compound packet in <c>buffer[..length]</c> in place (always encrypted, E = 1).</summary>
    /// <param name="buffer">Holds the packet and at least <see cref="RtcpOverhead"/> spare bytes after it.</param>
    /// <param name="length">Bytes of the plain RTCP packet at the start of <paramref name="buffer"/>.</param>
    /// <returns>The SRTCP packet's length, or why it could not be protected.</returns>
    public SrtpResult ProtectRtcp(Span<byte> buffer, int length)
    {
        if ((uint)length > (uint)buffer.Length || !IsRtcp(buffer[..length]) || length > AesCounterMode.MaxLength)
            return Count(SrtpFailure.Malformed);
        if (buffer.Length - length < RtcpOverhead) return Count(SrtpFailure.BufferTooSmall);

        var ssrc = BinaryPrimitives.ReadUInt32BigEndian(buffer[4..]);
        var stream = Stream(ssrc, create: true);
        if (stream is null) return Count(SrtpFailure.TooManyStreams);
        if (stream.RtcpSendIndex == 0x7FFF_FFFFu) return Count(SrtpFailure.KeysExhausted);
        stream.RtcpSendIndex++;
        _protected++;
        return SrtpResult.Ok(_transform.ProtectRtcp(buffer, length, ssrc, stream.RtcpSendIndex));
    }

    /// <summary>Authenticates, replay-checks and (when E = 1) decrypts the SRTCP packet that fills <paramref name="packet"/>.</summary>
    /// <returns>The plain RTCP packet's length, or why it was refused.</returns>
    public SrtpResult UnprotectRtcp(Span<byte> packet)
    {
        if (packet.Length > AesCounterMode.MaxLength || packet.Length < SrtpTransform.RtcpClearLength + RtcpOverhead
            || !IsRtcp(packet))
            return Count(SrtpFailure.Malformed);

        var ssrc = BinaryPrimitives.ReadUInt32BigEndian(packet[4..]);
        var flagAndIndex = BinaryPrimitives.ReadUInt32BigEndian(packet[_transform.RtcpIndexOffset(packet.Length)..]);
        ulong index = flagAndIndex & 0x7FFF_FFFFu;
        var stream = Stream(ssrc, create: false);
        if (stream is null && _streams.Count >= MaxStreams) return Count(SrtpFailure.TooManyStreams);
        if (stream is not null)
        {
            var replay = stream.Rtcp.Check(index);
            if (replay != SrtpFailure.None) return Count(replay);
        }

        var length = _transform.UnprotectRtcp(packet, ssrc, flagAndIndex);
        if (length < 0) return Count(SrtpFailure.AuthenticationFailed);

        stream ??= Stream(ssrc, create: true)!;
        stream.Rtcp.Accept(index);
        _unprotected++;
        return SrtpResult.Ok(length);
    }

    /// <inheritdoc />
    public void Dispose() => _transform.Dispose();

    private static bool IsRtcp(ReadOnlySpan<byte> packet) => packet.Length >= SrtpTransform.RtcpClearLength && packet[0] >> 6 == 2;

    private SrtpStream? Stream(uint ssrc, bool create)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(_streams, ssrc);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref slot)) return slot;
        if (!create || _streams.Count >= MaxStreams) return null;
        var stream = new SrtpStream();
        _streams.Add(ssrc, stream);
        return stream;
    }

    private SrtpResult Count(SrtpFailure failure)
    {
        switch (failure)
        {
            case SrtpFailure.AuthenticationFailed: _authenticationFailures++; break;
            case SrtpFailure.Replayed: _replays++; break;
            case SrtpFailure.TooOld: _tooOld++; break;
            default: _malformed++; break;
        }
        return SrtpResult.Fail(failure);
    }

    private static SrtpTransform CreateTransform(SrtpProfile profile, SrtpMasterKey masterKey)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        return profile switch
        {
            SrtpProfile.AesCm128HmacSha1_80 when masterKey.Key.Length == AesCmHmacTransform.KeyLength
                && masterKey.Salt.Length == AesCmHmacTransform.SaltLength
                => AesCmHmacTransform.FromMaster(masterKey.Key, masterKey.Salt),
            SrtpProfile.AeadAes128Gcm when masterKey.Key.Length == AesGcmTransform.KeyLength
                && masterKey.Salt.Length == AesGcmTransform.SaltLength
                => AesGcmTransform.FromMaster(masterKey.Key, masterKey.Salt),
            SrtpProfile.AesCm128HmacSha1_80 or SrtpProfile.AeadAes128Gcm
                => throw new ArgumentException($"{profile} needs a {KeyLength(profile)}-byte key and a {SaltLength(profile)}-byte salt.", nameof(masterKey)),
            _ => throw new ArgumentException($"Unsupported SRTP profile {profile}.", nameof(profile)),
        };
    }

    private static int KeyLength(SrtpProfile profile) =>
        profile == SrtpProfile.AeadAes128Gcm ? AesGcmTransform.KeyLength : AesCmHmacTransform.KeyLength;

    private static int SaltLength(SrtpProfile profile) =>
        profile == SrtpProfile.AeadAes128Gcm ? AesGcmTransform.SaltLength : AesCmHmacTransform.SaltLength;
}
