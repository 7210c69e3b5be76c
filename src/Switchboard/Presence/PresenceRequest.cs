using Orleans;

namespace Switchboard.Presence;

/// <summary>
/// A request to change an agent's state. <paramref name="Target"/> is a Web SDK <c>setStatus</c> value
/// (<c>free</c>, <c>notReady</c>, <c>rest</c>, <c>arrange</c>, <c>stopNotReady</c>) or <c>online</c> /
/// <c>offline</c>; <paramref name="Reason"/> is the rest reason and must be one of the application's.
/// </summary>
[GenerateSerializer, Immutable, Alias("Switchboard.Presence.PresenceRequest")]
public sealed record PresenceRequest(string Target, string? Reason, PresenceSource Source);
