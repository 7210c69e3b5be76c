using Switchboard.Presence;

namespace Switchboard.Chat;

/// <summary>Delivers chat events to an agent's workstation tabs on this node (the agent hub implements it).</summary>
public interface IChatAgentNotifier
{
    /// <summary><c>callIn</c> with type <c>im</c>.</summary>
    Task OfferedAsync(AgentKey agent, ChatOffer offer);

    /// <summary>The offer is no longer the agent's: it rang out (<paramref name="rangOut"/>: the <c>autoTransfer</c> event) or was withdrawn.</summary>
    Task OfferRevokedAsync(AgentKey agent, string sessionId, bool rangOut);

    /// <summary><c>userAccessed</c>: the agent now serves the session.</summary>
    Task AccessedAsync(AgentKey agent, ChatSessionView session);

    /// <summary>A message of a session the agent serves.</summary>
    Task MessageAsync(AgentKey agent, ChatMessageView message);

    /// <summary>The visitor of a session the agent serves is (or stopped) typing.</summary>
    Task TypingAsync(AgentKey agent, string sessionId, bool typing);

    /// <summary><c>transfer</c>: a transfer this agent made completed.</summary>
    Task TransferredAsync(AgentKey agent, string sessionId, long? skillGroupId, string? userId);

    /// <summary><c>sessionEnded</c>.</summary>
    Task EndedAsync(AgentKey agent, ChatEnded ended);

    /// <summary><c>sessionCompleted</c>.</summary>
    Task CompletedAsync(AgentKey agent, string sessionId);
}
