namespace Switchboard.Media.Ice;

/// <summary>What an ICE-lite agent did with a STUN message addressed to it.</summary>
public enum IceCheckOutcome
{
    /// <summary>A valid check: answered with a success response; its source may now send media.</summary>
    Answered,

    /// <summary>Not a Binding request (a response or an indication): ignored, nothing sent.</summary>
    NotBindingRequest,

    /// <summary>FINGERPRINT present and wrong: not treated as STUN, nothing sent (RFC 8489 §7.3).</summary>
    BadFingerprint,

    /// <summary>USERNAME or MESSAGE-INTEGRITY missing: answered 400.</summary>
    BadRequest,

    /// <summary>USERNAME is not "local ufrag:remote ufrag": answered 401.</summary>
    UnknownUsername,

    /// <summary>MESSAGE-INTEGRITY does not match the local password: answered 401.</summary>
    BadIntegrity,

    /// <summary>Comprehension-required attributes this stack does not know: answered 420.</summary>
    UnknownAttribute,

    /// <summary>The peer claims ICE-CONTROLLED too; a lite agent cannot take control: answered 487.</summary>
    RoleConflict,

    /// <summary>The agent already lost consent: ignored, nothing sent.</summary>
    SessionDead,
}
