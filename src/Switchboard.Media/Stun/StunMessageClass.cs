namespace Switchboard.Media.Stun;

/// <summary>The class of a STUN message, the two C bits interleaved into the message type (RFC 8489 §5).</summary>
public enum StunMessageClass
{
    /// <summary>A request that expects a response (an ICE connectivity or consent check).</summary>
    Request = 0b00,

    /// <summary>An indication: no response is expected.</summary>
    Indication = 0b01,

    /// <summary>A success response to a request.</summary>
    SuccessResponse = 0b10,

    /// <summary>An error response carrying an ERROR-CODE.</summary>
    ErrorResponse = 0b11,
}
