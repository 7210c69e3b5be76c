using Orleans;

namespace Switchboard.Presence;

/// <summary>The two clocks an agent's grain runs.</summary>
[GenerateSerializer, Alias("Switchboard.Presence.PresenceTimer")]
internal enum PresenceTimer
{
    /// <summary>The last workstation went away; offline when it runs out.</summary>
    DisconnectGrace,
    /// <summary>A session ended; free (or the booked state) when it runs out.</summary>
    AfterCallWork,
}
