using Switchboard.Media.Srtp;

namespace Switchboard.Media.Tests.Srtp;

/// <summary>Known-answer vectors: RFC 3711 Appendix B, RFC 7714 §16–17, and libsrtp's reference packets.</summary>
public class SrtpVectorTests
{
    // RFC 3711 B.3 master key and salt; libsrtp's srtp_driver reference packets use the same pair.
    private static readonly SrtpMasterKey CmMaster = new(
        Hex("E1F97A0D3E018BE0D64FA32C06DE4139"), Hex("0EC675AD498AFEEBB6960B3AABE6"));

    [Fact]
    public void Aes_cm_keystream_matches_rfc3711_b2()
    {
        using var cipher = new AesCounterMode(Hex("2B7E151628AED2A6ABF7158809CF4F3C"));
        Span<byte> iv = stackalloc byte[16];
        AesCmHmacTransform.BuildIv(Hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD"), ssrc: 0, index: 0, iv);
        var keystream = new byte[1044512]; // 65,282 blocks, as the appendix has it

        cipher.Apply(iv, keystream);

        Assert.Equal(Hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000"), iv.ToArray());
        Assert.Equal(Hex("E03EAD0935C95E80E166B16DD92B4EB4 D23513162B02D0F72A43A2FE4A5F97AB 41E95B3BB0A2E8DD477901E4FCA894C0"),
            keystream[..48]);
        Assert.Equal(Hex("EC8CDF7398607CB0F2D21675EA9EA1E4 362B7C3C6773516318A077D7FC5073AE 6A2CC3787889374FBEB4C81B17BA6C44"),
            keystream[^48..]);
    }

    public static TheoryData<byte, string> B3SessionKeys => new()
    {
        { SrtpKeyDerivation.RtpEncryption, "C61E7A93744F39EE10734AFE3FF7A087" },
        { SrtpKeyDerivation.RtpSalt, "30CBBC08863D8C85D49DB34A9AE1" },
        // The appendix prints 94 bytes of the authentication keystream; SHA1_80 uses the first 20.
        { SrtpKeyDerivation.RtpAuthentication, "CEBE321F6FF7716B6FD4AB49AF256A15 6D38BAA48F0A0ACF3C34E2359E6CDBCE" +
            "E049646C43D9327AD175578EF7227098 6371C10C9A369AC2F94A8C5FBCDDDC25 6D6E919A48B610EF17C2041E47403576 6B68642C59BBFC2F34DB60DBDFB2" },
    };

    [Theory]
    [MemberData(nameof(B3SessionKeys))]
    public void Key_derivation_matches_rfc3711_b3(byte label, string expected)
    {
        using var prf = new AesCounterMode(CmMaster.Key);
        var output = new byte[Hex(expected).Length];

        SrtpKeyDerivation.Derive(prf, CmMaster.Salt, label, output);

        Assert.Equal(Hex(expected), output);
    }

    [Fact]
    public void Aes_cm_rtp_packet_matches_the_libsrtp_reference()
    {
        using var sender = new SrtpContext(SrtpProfile.AesCm128HmacSha1_80, CmMaster);
        var buffer = new byte[64];
        Hex("800F1234DECAFBADCAFEBABE ABABABABABABABABABABABABABABABAB").CopyTo(buffer, 0);

        var result = sender.ProtectRtp(buffer, 28);

        Assert.Equal(Hex("800F1234DECAFBADCAFEBABE 4E55DC4CE79978D88CA4D215949D2402 B78D6ACC99EA179B8DBB"),
            buffer[..result.Length]);
    }

    [Fact]
    public void Aes_cm_rtcp_packet_matches_the_libsrtp_reference()
    {
        using var sender = new SrtpContext(SrtpProfile.AesCm128HmacSha1_80, CmMaster);
        var buffer = new byte[64];
        Hex("81C8000BCAFEBABE ABABABABABABABABABABABABABABABAB").CopyTo(buffer, 0);

        var result = sender.ProtectRtcp(buffer, 24);

        // E flag set and index 1: the first SRTCP packet of a stream.
        Assert.Equal(Hex("81C8000BCAFEBABE 7128035BE487B9BDBEF89041F977A5A8 80000001 993E08CD54D6C1230798"),
            buffer[..result.Length]);
    }

    [Fact]
    public void Aes_cm_reference_packets_unprotect_to_the_plain_ones()
    {
        using var receiver = new SrtpContext(SrtpProfile.AesCm128HmacSha1_80, CmMaster);
        var rtp = Hex("800F1234DECAFBADCAFEBABE 4E55DC4CE79978D88CA4D215949D2402 B78D6ACC99EA179B8DBB");
        var rtcp = Hex("81C8000BCAFEBABE 7128035BE487B9BDBEF89041F977A5A8 80000001 993E08CD54D6C1230798");

        var rtpResult = receiver.UnprotectRtp(rtp);
        var rtcpResult = receiver.UnprotectRtcp(rtcp);

        Assert.Equal(Hex("800F1234DECAFBADCAFEBABE ABABABABABABABABABABABABABABABAB"), rtp[..rtpResult.Length]);
        Assert.Equal(Hex("81C8000BCAFEBABE ABABABABABABABABABABABABABABABAB"), rtcp[..rtcpResult.Length]);
    }

    // RFC 7714 §16–17 give session keys, not master keys: the key derivation is exercised by B.3 above.
    private static readonly byte[] GcmKey = Hex("000102030405060708090A0B0C0D0E0F");
    private static readonly byte[] GcmSalt = Hex("517569642070726F2071756F"); // "Quid pro quo"
    private const string GcmRtp = "8040F17B8041F8D35501A0B2 47616C6C696120657374206F6D6E69732064697669736120696E207061727465732074726573";
    private const string GcmSrtp = "8040F17B8041F8D35501A0B2 F24DE3A3FB34DE6CACBA861C9D7E4BCABE633BD50D294E6F42A5F47A51C7D19B36DE3ADF8833 " +
        "899D7F27BEB16A9152CF765EE4390CCE";
    private const string GcmRtcp = "81C8000D4D617273 4E5450314E545032525450200000042A0000E9304C756E61DEADBEEFDEADBEEFDEADBEEFDEADBEEFDEADBEEF";
    private const string GcmSrtcp = "81C8000D4D617273 63E94885DCDAB67CA727D7662F6B7E997FF5C0F76C06F32DC676A5F1730D6FDA4CE09B4686303DED" +
        "0BB9275BC84AA45896CF4D2FC5ABF872 45D9EADE 800005D4";
    private const string GcmSrtcpTagOnly = GcmRtcp + " 841DD9683DD78EC92AE58790125F62B3 000005D4";

    private static AesGcmTransform GcmTransform() => new(GcmKey, GcmSalt, GcmKey, GcmSalt);

    [Fact]
    public void Gcm_nonce_matches_rfc7714_16_1()
    {
        Span<byte> nonce = stackalloc byte[12];

        AesGcmTransform.BuildNonce(GcmSalt, ssrc: 0x5501A0B2, index: 0xF17B, nonce);

        Assert.Equal(Hex("51753C6580C2726F20718414"), nonce.ToArray());
    }

    [Fact]
    public void Gcm_srtp_encryption_matches_rfc7714_16_1_1()
    {
        using var sender = new SrtpContext(SrtpProfile.AeadAes128Gcm, GcmTransform());
        var buffer = new byte[100];
        Hex(GcmRtp).CopyTo(buffer, 0);

        var result = sender.ProtectRtp(buffer, Hex(GcmRtp).Length);

        Assert.Equal(Hex(GcmSrtp), buffer[..result.Length]);
    }

    [Fact]
    public void Gcm_srtp_decryption_matches_rfc7714_16_1_2()
    {
        using var receiver = new SrtpContext(SrtpProfile.AeadAes128Gcm, GcmTransform());
        var packet = Hex(GcmSrtp);

        var result = receiver.UnprotectRtp(packet);

        Assert.Equal(Hex(GcmRtp), packet[..result.Length]);
    }

    [Fact]
    public void Gcm_srtcp_encryption_matches_rfc7714_17_1()
    {
        using var transform = GcmTransform();
        var buffer = new byte[100];
        Hex(GcmRtcp).CopyTo(buffer, 0);

        var length = transform.ProtectRtcp(buffer, Hex(GcmRtcp).Length, ssrc: 0x4D617273, index: 0x5D4);

        Assert.Equal(Hex(GcmSrtcp), buffer[..length]);
    }

    [Theory]
    [InlineData("encrypted (E = 1), §17.2", GcmSrtcp)]
    [InlineData("authenticated only (E = 0), §17.3–17.4", GcmSrtcpTagOnly)]
    public void Gcm_srtcp_decryption_matches_rfc7714_17(string name, string protectedPacket)
    {
        using var receiver = new SrtpContext(SrtpProfile.AeadAes128Gcm, GcmTransform());
        var packet = Hex(protectedPacket);

        var result = receiver.UnprotectRtcp(packet);

        Assert.True(result.Succeeded, name);
        Assert.Equal(Hex(GcmRtcp), packet[..result.Length]);
    }

    internal static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));
}
