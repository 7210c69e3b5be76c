namespace Switchboard.Media.Srtp;

/// <summary>
/// The SRTP protection profiles this stack negotiates in DTLS use_srtp (RFC 5764 §4.1.2). The numeric values are
/// the profile identifiers on the wire.
/// </summary>
public enum SrtpProfile : ushort
{
    /// <summary>SRTP_AES128_CM_HMAC_SHA1_80 (RFC 3711): 16-byte key, 14-byte salt, 10-byte tag.</summary>
    AesCm128HmacSha1_80 = 0x0001,

    /// <summary>SRTP_AEAD_AES_128_GCM (RFC 7714): 16-byte key, 12-byte salt, 16-byte tag.</summary>
    AeadAes128Gcm = 0x0007,
}
