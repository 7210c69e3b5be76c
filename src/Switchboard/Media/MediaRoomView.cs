namespace Switchboard.Media;

/// <summary>A room's state for the diagnostic endpoint.</summary>
/// <param name="Id">The room's name.</param>
/// <param name="Mode">Bridge or mix.</param>
/// <param name="Participants">Its participants in joining order.</param>
/// <param name="Recordings">Recording files (participants, then the stereo mix); empty when not recorded.</param>
public sealed record MediaRoomView(string Id, string Mode, IReadOnlyList<MediaParticipantView> Participants, IReadOnlyList<string> Recordings);
