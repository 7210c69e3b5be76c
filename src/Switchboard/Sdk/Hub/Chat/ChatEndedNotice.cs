namespace Switchboard.Sdk.Hub.Chat;

/// <summary>The argument of <c>sessionEnded</c> for a chat (web-sdk §3.3).</summary>
/// <param name="Type">Always <c>im</c>.</param>
/// <param name="Duration">Seconds, fractional.</param>
/// <param name="CloseBy"><c>client</c>, <c>seat</c>, <c>admin</c> or <c>timer</c>.</param>
public sealed record ChatEndedNotice(string SessionId, string Type, double Duration, string CloseBy);
