using Orleans;

namespace Switchboard.Presence;

/// <summary>A request's outcome together with the state it was decided on, read in the same grain turn.</summary>
[GenerateSerializer, Immutable, Alias("Switchboard.Presence.PresenceChange")]
internal sealed record PresenceChange(PresenceView Before, PresenceOutcome Outcome);
