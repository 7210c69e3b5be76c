namespace Switchboard.Media.Srtp;

/// <summary>One direction's SRTP master key and master salt, as exported from the DTLS handshake (RFC 5764 §4.2).</summary>
/// <param name="Key">The master key (16 bytes for both supported profiles).</param>
/// <param name="Salt">The master salt (14 bytes for AES-CM, 12 for AEAD-GCM).</param>
public sealed record SrtpMasterKey(byte[] Key, byte[] Salt);
