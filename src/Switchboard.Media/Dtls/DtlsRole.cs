namespace Switchboard.Media.Dtls;

/// <summary>
/// Which end of the DTLS handshake this side plays. The SDP a=setup attribute decides it (RFC 5763 §5): the side
/// that answers <c>passive</c> waits for the ClientHello and is the server; <c>active</c> sends it and is the client.
/// </summary>
public enum DtlsRole
{
    /// <summary>Waits for the peer's ClientHello (we answered <c>a=setup:passive</c>).</summary>
    Server,

    /// <summary>Sends the ClientHello (we answered <c>a=setup:active</c>).</summary>
    Client,
}
