namespace Switchboard.Media.Srtp;

/// <summary>
/// What a finished DTLS-SRTP handshake hands to SRTP: the negotiated profile and a master key per direction. Local
/// protects what this side sends; remote unprotects what it receives.
/// </summary>
/// <param name="Profile">The protection profile both sides agreed on.</param>
/// <param name="Local">Key and salt for packets this side sends.</param>
/// <param name="Remote">Key and salt for packets the peer sends.</param>
public sealed record SrtpKeyingMaterial(SrtpProfile Profile, SrtpMasterKey Local, SrtpMasterKey Remote);
