using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Switchboard.Media.Srtp;

/// <summary>
/// AES_CM_128_HMAC_SHA1_80 (RFC 3711): AES counter mode encryption, HMAC-SHA1 authentication truncated to 80 bits,
/// over the RTP header and payload plus the rollover counter (SRTP) or the E flag and index (SRTCP).
/// </summary>
internal sealed class AesCmHmacTransform : SrtpTransform
{
    public const int KeyLength = 16, SaltLength = 14, AuthKeyLength = 20, TagLength = 10;

    private readonly AesCounterMode _rtpCipher, _rtcpCipher;
    private readonly IncrementalHash _rtpAuth, _rtcpAuth;
    private readonly byte[] _rtpSalt, _rtcpSalt;

    /// <summary>Derives the six session keys of RFC 3711 §4.3 from the master key and salt.</summary>
    public static AesCmHmacTransform FromMaster(ReadOnlySpan<byte> masterKey, ReadOnlySpan<byte> masterSalt)
    {
        Span<byte> rtpKey = stackalloc byte[KeyLength], rtcpKey = stackalloc byte[KeyLength];
        Span<byte> rtpSalt = stackalloc byte[SaltLength], rtcpSalt = stackalloc byte[SaltLength];
        Span<byte> rtpAuth = stackalloc byte[AuthKeyLength], rtcpAuth = stackalloc byte[AuthKeyLength];
        using (var prf = new AesCounterMode(masterKey))
        {
            SrtpKeyDerivation.Derive(prf, masterSalt, SrtpKeyDerivation.RtpEncryption, rtpKey);
            SrtpKeyDerivation.Derive(prf, masterSalt, SrtpKeyDerivation.RtpAuthentication, rtpAuth);
            SrtpKeyDerivation.Derive(prf, masterSalt, SrtpKeyDerivation.RtpSalt, rtpSalt);
            SrtpKeyDerivation.Derive(prf, masterSalt, SrtpKeyDerivation.RtcpEncryption, rtcpKey);
            SrtpKeyDerivation.Derive(prf, masterSalt, SrtpKeyDerivation.RtcpAuthentication, rtcpAuth);
            SrtpKeyDerivation.Derive(prf, masterSalt, SrtpKeyDerivation.RtcpSalt, rtcpSalt);
        }
        var transform = new AesCmHmacTransform(rtpKey, rtpSalt, rtpAuth, rtcpKey, rtcpSalt, rtcpAuth);
        CryptographicOperations.ZeroMemory(rtpKey);
        CryptographicOperations.ZeroMemory(rtcpKey);
        CryptographicOperations.ZeroMemory(rtpAuth);
        CryptographicOperations.ZeroMemory(rtcpAuth);
        return transform;
    }

    /// <summary>Uses session keys as given, for the RFC's session-key test vectors.</summary>
    public AesCmHmacTransform(
        ReadOnlySpan<byte> rtpKey, ReadOnlySpan<byte> rtpSalt, ReadOnlySpan<byte> rtpAuthKey,
        ReadOnlySpan<byte> rtcpKey, ReadOnlySpan<byte> rtcpSalt, ReadOnlySpan<byte> rtcpAuthKey)
    {
        _rtpCipher = new AesCounterMode(rtpKey);
        _rtcpCipher = new AesCounterMode(rtcpKey);
        _rtpAuth = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, rtpAuthKey);
        _rtcpAuth = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, rtcpAuthKey);
        _rtpSalt = rtpSalt.ToArray();
        _rtcpSalt = rtcpSalt.ToArray();
    }

    public override int RtpOverhead => TagLength;

    /// <summary>IV = (salt · 2^16) XOR (SSRC · 2^64) XOR (index · 2^16), RFC 3711 §4.1.1.</summary>
    public static void BuildIv(ReadOnlySpan<byte> salt, uint ssrc, ulong index, Span<byte> iv)
    {
        iv.Clear();
        // The 48-bit index lands in bytes 8–13 (its two zero high bytes in 6–7, then overwritten by the SSRC).
        BinaryPrimitives.WriteUInt64BigEndian(iv[6..], index);
        BinaryPrimitives.WriteUInt32BigEndian(iv[4..], ssrc);
        for (var i = 0; i < salt.Length; i++) iv[i] ^= salt[i];
    }

    public override int ProtectRtp(Span<byte> buffer, int headerLength, int length, uint ssrc, ulong index)
    {
        Span<byte> iv = stackalloc byte[16];
        BuildIv(_rtpSalt, ssrc, index, iv);
        _rtpCipher.Apply(iv, buffer[headerLength..length]);
        RtpTag(buffer[..length], (uint)(index >> 16), buffer.Slice(length, TagLength));
        return length + TagLength;
    }

    public override int UnprotectRtp(Span<byte> packet, int headerLength, uint ssrc, ulong index)
    {
        var length = packet.Length - TagLength;
        Span<byte> tag = stackalloc byte[TagLength];
        RtpTag(packet[..length], (uint)(index >> 16), tag);
        if (!CryptographicOperations.FixedTimeEquals(tag, packet[length..])) return -1;
        Span<byte> iv = stackalloc byte[16];
        BuildIv(_rtpSalt, ssrc, index, iv);
        _rtpCipher.Apply(iv, packet[headerLength..length]);
        return length;
    }

    public override int ProtectRtcp(Span<byte> buffer, int length, uint ssrc, uint index)
    {
        Span<byte> iv = stackalloc byte[16];
        BuildIv(_rtcpSalt, ssrc, index, iv);
        _rtcpCipher.Apply(iv, buffer[RtcpClearLength..length]);
        BinaryPrimitives.WriteUInt32BigEndian(buffer[length..], 0x8000_0000u | index);
        var authenticated = length + SrtcpIndexLength;
        RtcpTag(buffer[..authenticated], buffer.Slice(authenticated, TagLength));
        return authenticated + TagLength;
    }

    public override int RtcpIndexOffset(int packetLength) => packetLength - TagLength - SrtcpIndexLength;

    public override int UnprotectRtcp(Span<byte> packet, uint ssrc, uint flagAndIndex)
    {
        var authenticated = packet.Length - TagLength;
        Span<byte> tag = stackalloc byte[TagLength];
        RtcpTag(packet[..authenticated], tag);
        if (!CryptographicOperations.FixedTimeEquals(tag, packet[authenticated..])) return -1;
        var length = authenticated - SrtcpIndexLength;
        if ((flagAndIndex & 0x8000_0000u) != 0)
        {
            Span<byte> iv = stackalloc byte[16];
            BuildIv(_rtcpSalt, ssrc, flagAndIndex & 0x7FFF_FFFFu, iv);
            _rtcpCipher.Apply(iv, packet[RtcpClearLength..length]);
        }
        return length;
    }

    private void RtpTag(ReadOnlySpan<byte> authenticated, uint roc, Span<byte> tag)
    {
        Span<byte> rocBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(rocBytes, roc);
        Span<byte> mac = stackalloc byte[20];
        _rtpAuth.AppendData(authenticated);
        _rtpAuth.AppendData(rocBytes);
        _rtpAuth.GetHashAndReset(mac);
        mac[..TagLength].CopyTo(tag);
    }

    private void RtcpTag(ReadOnlySpan<byte> authenticated, Span<byte> tag)
    {
        Span<byte> mac = stackalloc byte[20];
        _rtcpAuth.AppendData(authenticated);
        _rtcpAuth.GetHashAndReset(mac);
        mac[..TagLength].CopyTo(tag);
    }

    public override void Dispose()
    {
        _rtpCipher.Dispose();
        _rtcpCipher.Dispose();
        _rtpAuth.Dispose();
        _rtcpAuth.Dispose();
    }
}
