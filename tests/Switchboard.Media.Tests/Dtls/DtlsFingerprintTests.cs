using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CsCheck;
using Switchboard.Media.Dtls;

namespace Switchboard.Media.Tests.Dtls;

public class DtlsFingerprintTests
{
    [Fact]
    public void A_generated_certificate_has_a_sha256_fingerprint_in_sdp_form()
    {
        var certificate = DtlsCertificate.Generate();

        var text = certificate.Fingerprint.ToString();

        Assert.Matches("^sha-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}$", text);
        Assert.Equal(SHA256.HashData(certificate.Der), certificate.Fingerprint.Digest.ToArray());
        Assert.True(certificate.Fingerprint.Matches(certificate.Der));
        Assert.False(certificate.Fingerprint.Matches(DtlsCertificate.Generate().Der));
    }

    [Fact]
    public void The_certificate_is_ecdsa_p256_and_self_signed()
    {
        var certificate = X509CertificateLoader.LoadCertificate(DtlsCertificate.Generate().Der);

        using var key = certificate.GetECDsaPublicKey();
        Assert.NotNull(key);
        Assert.Equal(256, key.KeySize);
        Assert.Equal(certificate.Subject, certificate.Issuer);
        Assert.True(certificate.NotAfter > DateTime.UtcNow.AddDays(7));
    }

    [Fact]
    public void Parses_what_chromium_writes_and_prints_it_back()
    {
        const string value = "sha-256 6B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08";

        Assert.True(DtlsFingerprint.TryParse(value, out var fingerprint, out var error), error);

        Assert.Equal("sha-256", fingerprint!.Algorithm);
        Assert.Equal(value, fingerprint.ToString());
        Assert.True(DtlsFingerprint.TryParse("SHA-256 " + value[8..].ToLowerInvariant(), out var lower, out _));
        Assert.Equal(fingerprint, lower);
    }

    public static TheoryData<string?, string> Malformed => new()
    {
        { null, "empty" },
        { "", "empty" },
        { "sha-256", "separated by one space" },
        { "md5 AB:CD", "unknown hash function" },
        { "sha-1 AB:CD", "20 colon-separated hex bytes" },
        { "sha-1 AB-CD-EF-01-23-45-67-89-AB-CD-EF-01-23-45-67-89-AB-CD-EF-01", "colons" },
        { "sha-1 AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:0G", "hex pairs" },
        { "sha-256 AB CD", "separated by one space" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Refuses_malformed_values_with_a_reason(string? value, string reason)
    {
        Assert.False(DtlsFingerprint.TryParse(value, out var fingerprint, out var error));
        Assert.Null(fingerprint);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Parsing_never_throws_and_round_trips()
    {
        Gen.String.Sample(text => { DtlsFingerprint.TryParse(text, out _, out _); });
        Gen.OneOf("sha-1", "sha-256", "sha-384", "sha-512").SelectMany(a => Gen.Byte.Array[1, 100].Select(b => DtlsFingerprint.Compute(a, b)))
            .Sample(f => DtlsFingerprint.TryParse(f.ToString(), out var back, out _) && back == f);
    }
}
