namespace Switchboard.Media;

/// <summary>One participant of a room as the diagnostic endpoint reports it.</summary>
/// <param name="Name">The participant's leg name.</param>
/// <param name="Codec">The negotiated codec (PCMU, PCMA).</param>
/// <param name="Connected">Whether the DTLS handshake finished and media flows.</param>
/// <param name="Ended">Why the leg ended; null while it is up.</param>
/// <param name="Digits">Keys the participant pressed, in order.</param>
/// <param name="PacketsReceived">RTP packets received from the participant.</param>
/// <param name="PacketsSent">RTP packets sent to the participant.</param>
/// <param name="SrtpRefused">SRTP packets refused (authentication, replay).</param>
/// <param name="RtcpReceived">RTCP reports received from the participant's browser.</param>
/// <param name="FramesConcealed">20 ms frames of the participant's audio that were missing when due and were concealed
/// (what a recording of them holds instead of their voice).</param>
/// <param name="PacketsLate">Packets that arrived after their playout time and were dropped.</param>
public sealed record MediaParticipantView(
    string Name, string Codec, bool Connected, string? Ended, string Digits, long PacketsReceived, long PacketsSent, long SrtpRefused,
    long RtcpReceived, long FramesConcealed, long PacketsLate);
