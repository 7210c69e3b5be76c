namespace Switchboard.Sdk.Hub.Chat;

/// <summary>The argument of <c>chatTyping</c>: the visitor of the session is (or stopped) typing.</summary>
public sealed record ChatTypingNotice(string SessionId, bool Typing);
