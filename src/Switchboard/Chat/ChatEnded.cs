namespace Switchboard.Chat;

/// <summary>The <c>sessionEnded</c> payload of a chat (web-sdk §3.3): type is always <c>im</c>.</summary>
/// <param name="Duration">Seconds from the agent's accept (or from the offer when never accepted) to the end, fractional.</param>
/// <param name="CloseBy"><see cref="ChatCloser"/>.</param>
/// <param name="EndStatus">IM EndStatus (spec B.5).</param>
public sealed record ChatEnded(string SessionId, double Duration, string CloseBy, int EndStatus);
