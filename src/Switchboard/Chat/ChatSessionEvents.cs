namespace Switchboard.Chat;

/// <summary>The <see cref="ChatSessionEvent.Event"/> names.</summary>
public static class ChatSessionEvents
{
    /// <summary>A visitor's session entered a queue.</summary>
    public const string Started = "SessionStarted";
    /// <summary>An agent accepted it.</summary>
    public const string Accepted = "SessionAccepted";
    /// <summary>An agent handed it to another group or agent.</summary>
    public const string Transferred = "SessionTransferred";
    /// <summary>It ended.</summary>
    public const string Ended = "SessionEnded";
    /// <summary>Its visitor rated it, after it ended.</summary>
    public const string Rated = "SessionRated";
}
