namespace Switchboard.Client;

/// <summary>Output of ForceMemberOffline.</summary>
public sealed record ForceMemberOfflineResponse : CccResponse;
