namespace Switchboard.Media;

/// <summary>A relay as the diagnostic endpoint reports it.</summary>
/// <param name="Id">The relay's id, for <c>GET</c> and <c>DELETE /media/relays/{id}</c>.</param>
/// <param name="Passthrough">Whether packets pass through undecoded (both endpoints speak the same codec).</param>
/// <param name="A">The leg facing endpoint A: A sends to its port.</param>
/// <param name="B">The leg facing endpoint B.</param>
public sealed record RtpRelayView(string Id, bool Passthrough, RtpRelayLegView A, RtpRelayLegView B);
