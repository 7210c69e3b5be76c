using System.Net;
using Switchboard.Media.Dtls;
using Switchboard.Media.Ice;

namespace Switchboard.WebRtcLoad;

/// <summary>The server's ICE credentials, certificate fingerprint, candidate, and the DTLS role it leaves us.</summary>
internal sealed record ServerAnswer(IceCredentials Ice, DtlsFingerprint Fingerprint, IPEndPoint Candidate, DtlsRole OurRole);
