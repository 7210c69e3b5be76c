namespace Switchboard.Chat.Visitors.Hub;

/// <summary>The <c>typing</c> event: the agent of the session is (or stopped) typing.</summary>
public sealed record VisitorTypingNotice(string SessionId, bool Typing);
