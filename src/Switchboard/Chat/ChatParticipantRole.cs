namespace Switchboard.Chat;

/// <summary>Who wrote a message.</summary>
public enum ChatParticipantRole
{
    /// <summary>The website visitor.</summary>
    Visitor,
    /// <summary>An agent.</summary>
    Agent,
    /// <summary>Switchboard itself (queue notices, "agent joined").</summary>
    System,
}
