namespace Switchboard.Chat;

/// <summary>Who ended a chat: the <c>closeBy</c> values of the <c>sessionEnded</c> event.</summary>
public static class ChatCloser
{
    /// <summary>The visitor.</summary>
    public const string Client = "client";
    /// <summary>The agent.</summary>
    public const string Seat = "seat";
    /// <summary>Switchboard (no agent online, queue timeout, an administrator).</summary>
    public const string Admin = "admin";
    /// <summary>A timer (the visitor stayed silent too long).</summary>
    public const string Timer = "timer";
}
