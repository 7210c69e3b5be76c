using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Switchboard.Media.Dtls;

/// <summary>
/// The self-signed certificate and key this side presents in DTLS. WebRTC authenticates by the fingerprint in the SDP,
/// not by a CA, so a fresh ECDSA P-256 certificate per process (or per session) is enough; P-256 is what Chromium
/// uses itself and what every browser accepts with ECDHE_ECDSA suites.
/// </summary>
public sealed class DtlsCertificate
{
    private readonly byte[] _der;

    private DtlsCertificate(byte[] der, AsymmetricKeyParameter privateKey)
    {
        _der = der;
        PrivateKey = privateKey;
        Fingerprint = DtlsFingerprint.Compute("sha-256", der);
    }

    /// <summary>The SHA-256 fingerprint to put in our SDP's <c>a=fingerprint</c>.</summary>
    public DtlsFingerprint Fingerprint { get; }

    /// <summary>The DER encoding of the certificate.</summary>
    public ReadOnlySpan<byte> Der => _der;

    internal AsymmetricKeyParameter PrivateKey { get; }

    internal byte[] DerBytes => _der;

    /// <summary>
    /// Generates an ECDSA P-256 key and a self-signed certificate for it, valid from a day before
    /// <paramref name="time"/>'s now (peers with a slow clock) for 30 days.
    /// </summary>
    public static DtlsCertificate Generate(TimeProvider? time = null)
    {
        var random = new SecureRandom();
        var keys = new ECKeyPairGenerator();
        keys.Init(new ECKeyGenerationParameters(X9ObjectIdentifiers.Prime256v1, random));
        var pair = keys.GenerateKeyPair();

        var now = (time ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var name = new X509Name("CN=Switchboard");
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(BigInteger.ValueOf(random.NextInt64() & long.MaxValue).Add(BigInteger.One));
        generator.SetIssuerDN(name);
        generator.SetSubjectDN(name);
        generator.SetNotBefore(now.AddDays(-1));
        generator.SetNotAfter(now.AddDays(30));
        generator.SetPublicKey(pair.Public);
        var certificate = generator.Generate(new Asn1SignatureFactory("SHA256WITHECDSA", pair.Private, random));
        return new DtlsCertificate(certificate.GetEncoded(), pair.Private);
    }
}
