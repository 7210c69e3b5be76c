namespace Switchboard.Media.Sdp;

/// <summary>The <c>a=setup</c> role (RFC 4145 §4, RFC 5763 §5): which side starts the DTLS handshake.</summary>
public enum SdpSetup
{
    /// <summary><c>actpass</c>: the offerer lets the answerer choose (what browsers offer).</summary>
    ActPass,

    /// <summary><c>active</c>: this side sends the ClientHello (DTLS client).</summary>
    Active,

    /// <summary><c>passive</c>: this side waits for the ClientHello (DTLS server).</summary>
    Passive,

    /// <summary><c>holdconn</c>: no connection for now.</summary>
    HoldConn,
}
