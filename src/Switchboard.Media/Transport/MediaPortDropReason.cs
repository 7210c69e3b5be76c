namespace Switchboard.Media.Transport;

/// <summary>Why a datagram on the media port was not delivered to a session; each reason has its own counter.</summary>
public enum MediaPortDropReason
{
    /// <summary>Not STUN, DTLS, RTP or RTCP by its first byte, or too short to be one.</summary>
    UnknownKind,

    /// <summary>Looked like STUN by its first byte but is not a well-formed STUN message.</summary>
    MalformedStun,

    /// <summary>A STUN message without USERNAME (or without a ufrag in it) cannot be routed to a session.</summary>
    NoUsername,

    /// <summary>The local ufrag in USERNAME belongs to no registered session.</summary>
    UnknownUfrag,

    /// <summary>DTLS, RTP or RTCP from an address no valid connectivity check came from.</summary>
    UnknownAddress,

    /// <summary>For a session whose consent was lost.</summary>
    SessionDead,

    /// <summary>A STUN response or indication: the lite agent sends no requests, so it expects neither.</summary>
    NotBindingRequest,

    /// <summary>A STUN message whose FINGERPRINT is wrong.</summary>
    BadFingerprint,

    /// <summary>A check without MESSAGE-INTEGRITY; answered 400.</summary>
    BadRequest,

    /// <summary>A check whose USERNAME names the session but the wrong peer; answered 401.</summary>
    UnknownUsername,

    /// <summary>A check with a wrong MESSAGE-INTEGRITY; answered 401.</summary>
    BadIntegrity,

    /// <summary>A check with comprehension-required attributes this stack does not know; answered 420.</summary>
    UnknownAttribute,

    /// <summary>A check claiming ICE-CONTROLLED; answered 487.</summary>
    RoleConflict,

    /// <summary>The session's handler threw; the datagram is lost, the port and other sessions go on.</summary>
    HandlerFault,

    /// <summary>The socket reported an error on receive (e.g. an ICMP error surfaced on some platforms).</summary>
    SocketError,
}
