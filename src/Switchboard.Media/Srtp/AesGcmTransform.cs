using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Switchboard.Media.Srtp;

/// <summary>
/// AEAD_AES_128_GCM (RFC 7714): AES-GCM with a 16-byte tag. SRTP authenticates the RTP header as associated data
/// and encrypts the payload; SRTCP authenticates the first 8 bytes plus the E flag and index and encrypts the rest.
/// </summary>
internal sealed class AesGcmTransform : SrtpTransform
{
    public const int KeyLength = 16, SaltLength = 12, TagLength = 16, NonceLength = 12;

    private readonly AesGcm _rtp, _rtcp;
    private readonly byte[] _rtpSalt, _rtcpSalt;

    /// <summary>Derives the session keys and salts with the AES-CM PRF (RFC 7714 §11).</summary>
    public static AesGcmTransform FromMaster(ReadOnlySpan<byte> masterKey, ReadOnlySpan<byte> masterSalt)
    {
        Span<byte> rtpKey = stackalloc byte[KeyLength], rtcpKey = stackalloc byte[KeyLength];
        Span<byte> rtpSalt = stackalloc byte[SaltLength], rtcpSalt = stackalloc byte[SaltLength];
        using (var prf = new AesCounterMode(masterKey))
        {
            SrtpKeyDerivation.Derive(prf, masterSalt, SrtpKeyDerivation.RtpEncryption, rtpKey);
            SrtpKeyDerivation.Derive(prf, masterSalt, SrtpKeyDerivation.RtpSalt, rtpSalt);
            SrtpKeyDerivation.Derive(prf, masterSalt, SrtpKeyDerivation.RtcpEncryption, rtcpKey);
            SrtpKeyDerivation.Derive(prf, masterSalt, SrtpKeyDerivation.RtcpSalt, rtcpSalt);
        }
        var transform = new AesGcmTransform(rtpKey, rtpSalt, rtcpKey, rtcpSalt);
        CryptographicOperations.ZeroMemory(rtpKey);
        CryptographicOperations.ZeroMemory(rtcpKey);
        return transform;
    }

    /// <summary>Uses session keys as given, for the RFC 7714 §16–17 vectors.</summary>
    public AesGcmTransform(ReadOnlySpan<byte> rtpKey, ReadOnlySpan<byte> rtpSalt, ReadOnlySpan<byte> rtcpKey, ReadOnlySpan<byte> rtcpSalt)
    {
        _rtp = new AesGcm(rtpKey, TagLength);
        _rtcp = new AesGcm(rtcpKey, TagLength);
        _rtpSalt = rtpSalt.ToArray();
        _rtcpSalt = rtcpSalt.ToArray();
    }

    public override int RtpOverhead => TagLength;

    /// <summary>
    /// The 12-byte IV of RFC 7714 §8.1 (SRTP: 00 00 ‖ SSRC ‖ ROC ‖ SEQ) and §9.1 (SRTCP: 00 00 ‖ SSRC ‖ 00 00 ‖
    /// 0 ‖ 31-bit index), XORed with the salt. Both are "SSRC then a 48-bit index".
    /// </summary>
    public static void BuildNonce(ReadOnlySpan<byte> salt, uint ssrc, ulong index, Span<byte> nonce)
    {
        nonce.Clear();
        BinaryPrimitives.WriteUInt64BigEndian(nonce[4..], index);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[2..], ssrc);
        for (var i = 0; i < NonceLength; i++) nonce[i] ^= salt[i];
    }

    public override int ProtectRtp(Span<byte> buffer, int headerLength, int length, uint ssrc, ulong index)
    {
        Span<byte> nonce = stackalloc byte[NonceLength];
        BuildNonce(_rtpSalt, ssrc, index, nonce);
        var payload = buffer[headerLength..length];
        _rtp.Encrypt(nonce, payload, payload, buffer.Slice(length, TagLength), buffer[..headerLength]);
        return length + TagLength;
    }

    public override int UnprotectRtp(Span<byte> packet, int headerLength, uint ssrc, ulong index)
    {
        var length = packet.Length - TagLength;
        Span<byte> nonce = stackalloc byte[NonceLength];
        BuildNonce(_rtpSalt, ssrc, index, nonce);
        var payload = packet[headerLength..length];
        return Open(_rtp, nonce, payload, packet[length..], packet[..headerLength]) ? length : -1;
    }

    public override int ProtectRtcp(Span<byte> buffer, int length, uint ssrc, uint index)
    {
        Span<byte> nonce = stackalloc byte[NonceLength];
        BuildNonce(_rtcpSalt, ssrc, index, nonce);
        Span<byte> aad = stackalloc byte[RtcpClearLength + SrtcpIndexLength];
        buffer[..RtcpClearLength].CopyTo(aad);
        BinaryPrimitives.WriteUInt32BigEndian(aad[RtcpClearLength..], 0x8000_0000u | index);
        var body = buffer[RtcpClearLength..length];
        _rtcp.Encrypt(nonce, body, body, buffer.Slice(length, TagLength), aad);
        // RFC 7714 §9: the tag follows the ciphertext and the E flag and index come last.
        aad[RtcpClearLength..].CopyTo(buffer[(length + TagLength)..]);
        return length + TagLength + SrtcpIndexLength;
    }

    public override int RtcpIndexOffset(int packetLength) => packetLength - SrtcpIndexLength;

    public override int UnprotectRtcp(Span<byte> packet, uint ssrc, uint flagAndIndex)
    {
        var length = packet.Length - TagLength - SrtcpIndexLength;
        Span<byte> nonce = stackalloc byte[NonceLength];
        BuildNonce(_rtcpSalt, ssrc, flagAndIndex & 0x7FFF_FFFFu, nonce);
        if ((flagAndIndex & 0x8000_0000u) != 0)
        {
            Span<byte> aad = stackalloc byte[RtcpClearLength + SrtcpIndexLength];
            packet[..RtcpClearLength].CopyTo(aad);
            packet[^SrtcpIndexLength..].CopyTo(aad[RtcpClearLength..]);
            var body = packet[RtcpClearLength..length];
            return Open(_rtcp, nonce, body, packet.Slice(length, TagLength), aad) ? length : -1;
        }
        // E = 0 (RFC 7714 §9.2): nothing encrypted, the whole packet and the index are associated data. Moving the
        // index next to the packet makes that one contiguous span.
        Span<byte> tag = stackalloc byte[TagLength];
        packet.Slice(length, TagLength).CopyTo(tag);
        packet[^SrtcpIndexLength..].CopyTo(packet[length..]);
        return Open(_rtcp, nonce, Span<byte>.Empty, tag, packet[..(length + SrtcpIndexLength)]) ? length : -1;
    }

    /// <summary>Decrypts in place; false when the tag does not verify. AesGcm signals that by throwing, caught here.</summary>
    private static bool Open(AesGcm gcm, ReadOnlySpan<byte> nonce, Span<byte> body, ReadOnlySpan<byte> tag, ReadOnlySpan<byte> aad)
    {
        try
        {
            gcm.Decrypt(nonce, body, tag, body, aad);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }

    public override void Dispose()
    {
        _rtp.Dispose();
        _rtcp.Dispose();
    }
}
