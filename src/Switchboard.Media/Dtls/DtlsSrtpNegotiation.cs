using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;
using Switchboard.Media.Srtp;

namespace Switchboard.Media.Dtls;

/// <summary>
/// What the BouncyCastle client and server peers share: our certificate, the fingerprints the remote SDP allows, the
/// profile preference, and the outcome (negotiated profile, exported keys, or the first reason the handshake failed).
/// </summary>
internal sealed class DtlsSrtpNegotiation
{
    /// <summary>Suites for our ECDSA certificate, AES-128-GCM first as Chromium prefers.</summary>
    internal static readonly int[] EcdsaCipherSuites =
    [
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
    ];

    /// <summary>As client we may meet an RSA certificate (a page can ask for one), so we also offer ECDHE_RSA.</summary>
    internal static readonly int[] ClientCipherSuites =
    [
        .. EcdsaCipherSuites,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
    ];

    /// <summary>Signature algorithms we accept from the peer's certificate (CertificateVerify / ServerKeyExchange).</summary>
    internal static readonly IList<SignatureAndHashAlgorithm> PeerSignatureAlgorithms =
    [
        SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa),
        SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha384, SignatureAlgorithm.ecdsa),
        SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha512, SignatureAlgorithm.ecdsa),
        SignatureAndHashAlgorithm.rsa_pss_rsae_sha256,
        SignatureAndHashAlgorithm.rsa_pss_rsae_sha384,
        SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha256, SignatureAlgorithm.rsa),
        SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha384, SignatureAlgorithm.rsa),
        SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha512, SignatureAlgorithm.rsa),
        SignatureAndHashAlgorithm.ed25519,
    ];

    private static readonly SignatureAndHashAlgorithm OurSignature =
        SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa);

    private readonly object _gate = new();
    private string? _failure;

    internal DtlsSrtpNegotiation(DtlsRole role, DtlsCertificate certificate, IReadOnlyList<DtlsFingerprint> remoteFingerprints,
        DtlsSrtpOptions options)
    {
        Role = role;
        Certificate = certificate;
        RemoteFingerprints = remoteFingerprints;
        Options = options;
        Crypto = new BcTlsCrypto();
    }

    internal DtlsRole Role { get; }

    internal DtlsCertificate Certificate { get; }

    internal IReadOnlyList<DtlsFingerprint> RemoteFingerprints { get; }

    internal DtlsSrtpOptions Options { get; }

    internal BcTlsCrypto Crypto { get; }

    /// <summary>The profile agreed in use_srtp, once the hellos are exchanged.</summary>
    internal SrtpProfile? Profile { get; set; }

    /// <summary>The keys, set when the handshake completes.</summary>
    internal SrtpKeyingMaterial? Keys { get; private set; }

    /// <summary>The first failure reason recorded; later ones are consequences.</summary>
    internal string? Failure { get { lock (_gate) return _failure; } }

    internal void Fail(string reason)
    {
        lock (_gate) _failure ??= reason;
    }

    /// <summary>Records <paramref name="reason"/> and returns the alert to throw, so callers write <c>throw Abort(...)</c>.</summary>
    internal TlsFatalAlert Abort(short alert, string reason)
    {
        Fail(reason);
        return new TlsFatalAlert(alert, reason);
    }

    internal int[] OurProfileIds() => Options.Profiles.Select(p => (int)p).ToArray();

    /// <summary>Checks the peer's end-entity certificate against the SDP fingerprints; throws a fatal alert on mismatch.</summary>
    internal void VerifyPeer(Certificate? chain)
    {
        if (chain is null || chain.IsEmpty)
            throw Abort(AlertDescription.bad_certificate, "peer sent no certificate; its fingerprint cannot be checked");
        var der = chain.GetCertificateAt(0).GetEncoded();
        foreach (var fingerprint in RemoteFingerprints)
            if (fingerprint.Matches(der)) return;
        var seen = DtlsFingerprint.Compute("sha-256", der);
        throw Abort(AlertDescription.bad_certificate,
            $"peer certificate fingerprint {seen} does not match the remote SDP's a=fingerprint");
    }

    /// <summary>Our certificate and key as a BouncyCastle signer for this connection.</summary>
    internal TlsCredentialedSigner Signer(TlsContext context)
    {
        var chain = new Certificate([new BcTlsCertificate(Crypto, Certificate.DerBytes)]);
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), Crypto, Certificate.PrivateKey, chain, OurSignature);
    }

    /// <summary>Exports and splits the SRTP keys; called from NotifyHandshakeComplete, while the master secret exists.</summary>
    internal void ExportKeys(TlsContext context)
    {
        if (Profile is not { } profile) throw Abort(AlertDescription.internal_error, "handshake completed without a use_srtp profile");
        var material = context.ExportKeyingMaterial(DtlsSrtpKeyExport.Label, null, DtlsSrtpKeyExport.MaterialLength(profile));
        Keys = DtlsSrtpKeyExport.Split(profile, material, Role);
        Array.Clear(material);
    }

    internal void NotePeerAlert(short level, short description)
    {
        if (level == AlertLevel.fatal) Fail($"peer sent fatal alert {AlertDescription.GetText(description)}");
    }

    internal void NoteOurAlert(short level, short description, string? message, Exception? cause)
    {
        if (level != AlertLevel.fatal) return;
        var detail = message ?? cause?.Message;
        Fail(detail is null
            ? $"handshake failed: {AlertDescription.GetText(description)}"
            : $"handshake failed: {AlertDescription.GetText(description)} ({detail})");
    }
}
