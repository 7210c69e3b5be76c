using Org.BouncyCastle.Tls;
using Switchboard.Media.Srtp;

namespace Switchboard.Media.Dtls;

/// <summary>
/// The BouncyCastle client side of DTLS-SRTP, used when we answer <c>a=setup:active</c>: offers DTLS 1.2 with
/// extended master secret and our use_srtp profiles, checks the server certificate against the SDP fingerprint and
/// presents our certificate when asked (WebRTC servers always ask).
/// </summary>
internal class DtlsSrtpClient(DtlsSrtpNegotiation negotiation) : DefaultTlsClient(negotiation.Crypto)
{
    protected override ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.DTLSv12.Only();

    protected override int[] GetSupportedCipherSuites() =>
        TlsUtilities.GetSupportedCipherSuites(Crypto, DtlsSrtpNegotiation.ClientCipherSuites);

    protected override IList<int> GetSupportedGroups(IList<int> namedGroupRoles) =>
        [NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1];

    public override bool RequiresExtendedMasterSecret() => true;

    public override int GetHandshakeTimeoutMillis() => 0;

    public override IDictionary<int, byte[]> GetClientExtensions()
    {
        var extensions = TlsExtensionsUtilities.EnsureExtensionsInitialised(base.GetClientExtensions());
        TlsSrtpUtilities.AddUseSrtpExtension(extensions, new UseSrtpData(negotiation.OurProfileIds(), []));
        return extensions;
    }

    public override void ProcessServerExtensions(IDictionary<int, byte[]> serverExtensions)
    {
        base.ProcessServerExtensions(serverExtensions);
        var chosen = TlsSrtpUtilities.GetUseSrtpExtension(serverExtensions);
        if (chosen is null || chosen.ProtectionProfiles.Length != 1)
            throw negotiation.Abort(AlertDescription.handshake_failure, "server did not choose exactly one use_srtp profile");
        var profile = (SrtpProfile)chosen.ProtectionProfiles[0];
        if (!negotiation.Options.Profiles.Contains(profile))
            throw negotiation.Abort(AlertDescription.illegal_parameter,
                $"server chose SRTP profile 0x{chosen.ProtectionProfiles[0]:X4}, which we did not offer");
        negotiation.Profile = profile;
    }

    public override TlsAuthentication GetAuthentication() => new DtlsSrtpClientAuthentication(negotiation, m_context);

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
