namespace Switchboard.Media.Stun;

/// <summary>
/// Attribute types this stack reads or writes (RFC 8489 §18.3, RFC 8445 §16.1). Types below 0x8000 are
/// comprehension-required: a request carrying one the receiver does not know is rejected with 420.
/// </summary>
public static class StunAttributeType
{
    /// <summary>MAPPED-ADDRESS, the pre-XOR form kept for RFC 3489 clients.</summary>
    public const ushort MappedAddress = 0x0001;

    /// <summary>USERNAME: for ICE, "receiver ufrag:sender ufrag".</summary>
    public const ushort Username = 0x0006;

    /// <summary>MESSAGE-INTEGRITY: HMAC-SHA1 over the message up to this attribute.</summary>
    public const ushort MessageIntegrity = 0x0008;

    /// <summary>ERROR-CODE: class, number and reason phrase of an error response.</summary>
    public const ushort ErrorCode = 0x0009;

    /// <summary>UNKNOWN-ATTRIBUTES: the comprehension-required types a 420 response did not understand.</summary>
    public const ushort UnknownAttributes = 0x000A;

    /// <summary>REALM (long-term credentials; never used by ICE).</summary>
    public const ushort Realm = 0x0014;

    /// <summary>NONCE (long-term credentials; never used by ICE).</summary>
    public const ushort Nonce = 0x0015;

    /// <summary>MESSAGE-INTEGRITY-SHA256 (RFC 8489 §14.6); recognised, not produced.</summary>
    public const ushort MessageIntegritySha256 = 0x001C;

    /// <summary>PASSWORD-ALGORITHM (long-term credentials).</summary>
    public const ushort PasswordAlgorithm = 0x001D;

    /// <summary>USERHASH (long-term credentials).</summary>
    public const ushort UserHash = 0x001E;

    /// <summary>XOR-MAPPED-ADDRESS: the transport address the request came from, obfuscated with the cookie.</summary>
    public const ushort XorMappedAddress = 0x0020;

    /// <summary>PRIORITY: the priority a peer-reflexive candidate learned from this check would get.</summary>
    public const ushort Priority = 0x0024;

    /// <summary>USE-CANDIDATE: the controlling agent nominates the pair this check travels on.</summary>
    public const ushort UseCandidate = 0x0025;

    /// <summary>SOFTWARE: a free-text description of the sender.</summary>
    public const ushort Software = 0x8022;

    /// <summary>FINGERPRINT: CRC-32 of the message XOR 0x5354554E, always the last attribute.</summary>
    public const ushort Fingerprint = 0x8028;

    /// <summary>ICE-CONTROLLED: the sender believes it is controlled; carries its tie-breaker.</summary>
    public const ushort IceControlled = 0x8029;

    /// <summary>ICE-CONTROLLING: the sender believes it is controlling; carries its tie-breaker.</summary>
    public const ushort IceControlling = 0x802A;

    /// <summary>Whether a receiver that does not understand <paramref name="type"/> must reject the message.</summary>
    public static bool IsComprehensionRequired(ushort type) => type < 0x8000;

    /// <summary>Whether this stack understands the comprehension-required <paramref name="type"/>.</summary>
    public static bool IsKnown(ushort type) => type is MappedAddress or Username or MessageIntegrity or ErrorCode
        or UnknownAttributes or Realm or Nonce or MessageIntegritySha256 or PasswordAlgorithm or UserHash
        or XorMappedAddress or Priority or UseCandidate;
}
