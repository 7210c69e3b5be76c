namespace Switchboard.Media.Stun;

/// <summary>
/// The method of a STUN message (12 bits). ICE only uses Binding; other values are read as their number so a
/// message of another method is still recognised as STUN and can be rejected properly.
/// </summary>
public enum StunMethod : ushort
{
    /// <summary>Binding (0x001): connectivity checks, consent freshness and address discovery.</summary>
    Binding = 0x001,
}
