namespace Switchboard.Media.Ice;

/// <summary>The outcome of one STUN message handed to an agent and the length of the response to send back (0: none).</summary>
/// <param name="Outcome">What the agent made of the message.</param>
/// <param name="ResponseLength">Bytes of the response written into the caller's buffer; 0 when nothing is to be sent.</param>
public readonly record struct IceCheckResult(IceCheckOutcome Outcome, int ResponseLength);
