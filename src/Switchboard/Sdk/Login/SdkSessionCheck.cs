namespace Switchboard.Sdk.Login;

/// <summary>Why a presented session credential was not accepted, or that it was.</summary>
public enum SdkSessionCheck
{
    /// <summary>Issued by this server (or a node sharing its key ring), unaltered and still valid.</summary>
    Valid,
    /// <summary>Missing, malformed, forged, altered, or protected with a key this server does not hold.</summary>
    Invalid,
    /// <summary>Genuine, but its lifetime is over by the server's clock.</summary>
    Expired,
}
