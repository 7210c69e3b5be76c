namespace Switchboard.Chat;

/// <summary>
/// A chat offered to an agent: the <c>callIn</c> payload of type <c>im</c> (web-sdk §3.2) plus what the workstation
/// shows while it rings.
/// </summary>
/// <param name="Timeout">Seconds to answer; 0 = no timeout (auto-accept).</param>
/// <param name="SkillGroupId">The group the session is routed by.</param>
public sealed record ChatOffer(
    string SessionId,
    int Timeout,
    string Nickname,
    string? Avatar,
    string? Remark,
    string? PeerSource,
    string? ChannelName,
    string? ClientData,
    long SkillGroupId,
    string VisitorId);
