namespace Switchboard.Chat;

/// <summary>Where a chat session is in its life.</summary>
public enum ChatSessionState
{
    /// <summary>Waiting in a skill group's queue.</summary>
    Queued,
    /// <summary>Offered to one agent, who has not answered yet.</summary>
    Ringing,
    /// <summary>An agent accepted it; visitor and agent talk.</summary>
    Serving,
    /// <summary>Over; its records are final.</summary>
    Ended,
}
