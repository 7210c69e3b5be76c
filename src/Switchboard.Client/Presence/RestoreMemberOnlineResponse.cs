namespace Switchboard.Client;

/// <summary>Output of RestoreMemberOnline.</summary>
public sealed record RestoreMemberOnlineResponse : CccResponse;
