namespace Switchboard.Chat;

/// <summary>Delivers chat events to the visitor's connections on this node (the visitor hub implements it).</summary>
public interface IChatVisitorNotifier
{
    /// <summary>The session changed: queue position, an agent joined or left, ended.</summary>
    Task SessionChangedAsync(ChatSessionView session);

    /// <summary>A message of the session (the visitor's own too, so every tab shows it).</summary>
    Task MessageAsync(ChatMessageView message);

    /// <summary>The agent is (or stopped) typing.</summary>
    Task TypingAsync(string sessionId, bool typing);
}
