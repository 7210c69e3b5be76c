namespace Switchboard.Media.Srtp;

/// <summary>
/// The SRTP key derivation of RFC 3711 §4.3 with the AES-CM PRF and key derivation rate 0 (the only rate DTLS-SRTP
/// uses, RFC 5764 §4.1.2): each session key is the keystream of the master key at IV = (master salt XOR label) · 2^16.
/// RFC 7714 §11 reuses it for AES-GCM, whose 12-byte master salt is padded with zeros to the 14 bytes the PRF takes.
/// </summary>
internal static class SrtpKeyDerivation
{
    /// <summary>Labels of RFC 3711 §4.3.1 and §4.3.2.</summary>
    public const byte RtpEncryption = 0x00, RtpAuthentication = 0x01, RtpSalt = 0x02,
        RtcpEncryption = 0x03, RtcpAuthentication = 0x04, RtcpSalt = 0x05;

    /// <summary>Fills <paramref name="output"/> with the session key of <paramref name="label"/>.</summary>
    public static void Derive(AesCounterMode masterKeyPrf, ReadOnlySpan<byte> masterSalt, byte label, Span<byte> output)
    {
        Span<byte> iv = stackalloc byte[16];
        iv.Clear();
        masterSalt.CopyTo(iv);
        // The label sits in the 8th byte: key_id = label || (index DIV kdr) is 56 bits right-aligned in 112.
        iv[7] ^= label;
        output.Clear();
        masterKeyPrf.Apply(iv, output);
    }
}
