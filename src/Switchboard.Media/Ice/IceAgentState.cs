namespace Switchboard.Media.Ice;

/// <summary>Where an ICE-lite agent stands.</summary>
public enum IceAgentState
{
    /// <summary>No valid connectivity check has arrived yet.</summary>
    Checking,

    /// <summary>At least one valid check arrived and consent is fresh.</summary>
    Connected,

    /// <summary>No valid check within the consent timeout: the peer is gone. Terminal.</summary>
    Dead,
}
