using Orleans;

namespace Switchboard.Presence;

/// <summary>Who asked for a transition; recorded in status history and used to decide what is allowed.</summary>
[GenerateSerializer, Alias("Switchboard.Presence.PresenceSource")]
public enum PresenceSource
{
    /// <summary>The agent, through the SDK or the workstation.</summary>
    Workstation,
    /// <summary>A business backend, through the cloud API (SetStaffStatus, ForceMemberOffline…).</summary>
    CloudApi,
    /// <summary>The server itself: sessions starting and ending, after-call work timing out, disconnect grace.</summary>
    System,
}
