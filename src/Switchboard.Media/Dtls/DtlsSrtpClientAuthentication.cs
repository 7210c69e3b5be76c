using Org.BouncyCastle.Tls;

namespace Switchboard.Media.Dtls;

/// <summary>The client's certificate exchange: the server's certificate is trusted only by its SDP fingerprint.</summary>
internal sealed class DtlsSrtpClientAuthentication(DtlsSrtpNegotiation negotiation, TlsContext context) : TlsAuthentication
{
    public void NotifyServerCertificate(TlsServerCertificate serverCertificate) =>
        negotiation.VerifyPeer(serverCertificate.Certificate);

    public TlsCredentials GetClientCredentials(CertificateRequest certificateRequest) => negotiation.Signer(context);
}
