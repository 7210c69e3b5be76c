using Org.BouncyCastle.Tls;
using Switchboard.Media.Srtp;

namespace Switchboard.Media.Dtls;

/// <summary>
/// The BouncyCastle server side of DTLS-SRTP: DTLS 1.2 only (Chromium also offers 1.3 and is answered with 1.2),
/// extended master secret required, a client certificate required and checked against the SDP fingerprint, and one
/// use_srtp profile chosen from the client's offer in our order of preference.
/// </summary>
internal sealed class DtlsSrtpServer(DtlsSrtpNegotiation negotiation) : DefaultTlsServer(negotiation.Crypto)
{
    protected override ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.DTLSv12.Only();

    protected override int[] GetSupportedCipherSuites() =>
        TlsUtilities.GetSupportedCipherSuites(Crypto, DtlsSrtpNegotiation.EcdsaCipherSuites);

    protected override bool PreferLocalCipherSuites() => true;

    public override bool RequiresExtendedMasterSecret() => true;

    // Our own timer (on the injected TimeProvider) bounds the handshake; BouncyCastle's wall-clock one stays off.
    public override int GetHandshakeTimeoutMillis() => 0;

    protected override TlsCredentialedSigner GetECDsaSignerCredentials() => negotiation.Signer(m_context);

    public override void ProcessClientExtensions(IDictionary<int, byte[]> clientExtensions)
    {
        base.ProcessClientExtensions(clientExtensions);
        var offered = TlsSrtpUtilities.GetUseSrtpExtension(clientExtensions);
        if (offered is null)
            throw negotiation.Abort(AlertDescription.handshake_failure, "client did not offer use_srtp");
        foreach (var profile in negotiation.Options.Profiles)
        {
            if (Array.IndexOf(offered.ProtectionProfiles, (int)profile) < 0) continue;
            negotiation.Profile = profile;
            return;
        }
        throw negotiation.Abort(AlertDescription.handshake_failure,
            $"no common SRTP profile: client offered {string.Join(", ", offered.ProtectionProfiles.Select(p => $"0x{p:X4}"))}");
    }

    public override IDictionary<int, byte[]> GetServerExtensions()
    {
        var extensions = TlsExtensionsUtilities.EnsureExtensionsInitialised(base.GetServerExtensions());
        TlsSrtpUtilities.AddUseSrtpExtension(extensions, new UseSrtpData([(int)negotiation.Profile!.Value], []));
        return extensions;
    }

    public override CertificateRequest GetCertificateRequest() =>
        new([ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign],
            DtlsSrtpNegotiation.PeerSignatureAlgorithms, null);

    public override void NotifyClientCertificate(Certificate clientCertificate) => negotiation.VerifyPeer(clientCertificate);

    public override void NotifyHandshakeComplete()
    {
        base.NotifyHandshakeComplete();
        negotiation.ExportKeys(m_context);
    }

    public override void NotifyAlertReceived(short alertLevel, short alertDescription) =>
        negotiation.NotePeerAlert(alertLevel, alertDescription);

    public override void NotifyAlertRaised(short alertLevel, short alertDescription, string message, Exception cause) =>
        negotiation.NoteOurAlert(alertLevel, alertDescription, message, cause);
}
