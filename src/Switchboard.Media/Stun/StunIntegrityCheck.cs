namespace Switchboard.Media.Stun;

/// <summary>The outcome of checking MESSAGE-INTEGRITY or FINGERPRINT.</summary>
public enum StunIntegrityCheck
{
    /// <summary>The attribute is present and its value matches.</summary>
    Valid,

    /// <summary>The attribute is not in the message.</summary>
    Missing,

    /// <summary>The attribute is present and its value does not match.</summary>
    Invalid,
}
