namespace Switchboard.Sdk;

/// <summary>Outcome of presenting an SDK login token.</summary>
public enum SdkLoginRedemption
{
    /// <summary>The token was valid and is now used up: the agent may log in.</summary>
    Redeemed,
    /// <summary>No such token (never issued, malformed, or purged long after expiry).</summary>
    Unknown,
    /// <summary>The token's ten minutes are over.</summary>
    Expired,
    /// <summary>The token was already redeemed once.</summary>
    AlreadyUsed,
    /// <summary>The token was issued for another agent of the application.</summary>
    WrongAgent,
    /// <summary>The token was issued for another application.</summary>
    WrongApplication,
}
