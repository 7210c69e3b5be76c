namespace Switchboard.Presence;

/// <summary>
/// ForceMemberOffline in effect for one agent until RestoreMemberOnline deletes the row; kept in the store so that
/// a restart does not let a locked-out agent back in.
/// </summary>
public sealed class AgentForcedOffline
{
    public long SdkAppId { get; set; }
    public required string AgentMailKey { get; set; }
    /// <summary>Unix seconds.</summary>
    public long Since { get; set; }
}
