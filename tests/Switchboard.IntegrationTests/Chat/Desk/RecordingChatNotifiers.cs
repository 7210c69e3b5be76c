using System.Collections.Concurrent;
using Switchboard.Chat;
using Switchboard.Presence;

namespace Switchboard.IntegrationTests.Chat.Desk;

/// <summary>Stands where the agent and visitor hubs stand and remembers, in order, what each side was told.</summary>
internal sealed class RecordingChatNotifiers : IChatAgentNotifier, IChatVisitorNotifier, IChatEventPublisher
{
    public ConcurrentQueue<(string Agent, string Event, object Payload)> AgentEvents { get; } = new();
    public ConcurrentQueue<ChatSessionView> VisitorSessions { get; } = new();
    public ConcurrentQueue<ChatMessageView> VisitorMessages { get; } = new();
    public ConcurrentQueue<ChatSessionEvent> Published { get; } = new();

    public IEnumerable<(string Event, object Payload)> EventsOf(string mail) =>
        AgentEvents.Where(e => e.Agent == mail.ToLowerInvariant()).Select(e => (e.Event, e.Payload));

    public Task OfferedAsync(AgentKey agent, ChatOffer offer) => Add(agent, "callIn", offer);
    public Task OfferRevokedAsync(AgentKey agent, string sessionId, bool rangOut) => Add(agent, rangOut ? "autoTransfer" : "offerRevoked", sessionId);
    public Task AccessedAsync(AgentKey agent, ChatSessionView session) => Add(agent, "userAccessed", session);
    public Task MessageAsync(AgentKey agent, ChatMessageView message) => Add(agent, "chatMessage", message);
    public Task TypingAsync(AgentKey agent, string sessionId, bool typing) => Add(agent, "chatTyping", typing);
    public Task TransferredAsync(AgentKey agent, string sessionId, long? skillGroupId, string? userId) => Add(agent, "transfer", (sessionId, skillGroupId, userId));
    public Task EndedAsync(AgentKey agent, ChatEnded ended) => Add(agent, "sessionEnded", ended);
    public Task CompletedAsync(AgentKey agent, string sessionId) => Add(agent, "sessionCompleted", sessionId);

    public Task SessionChangedAsync(ChatSessionView session)
    {
        VisitorSessions.Enqueue(session);
        return Task.CompletedTask;
    }

    public Task MessageAsync(ChatMessageView message)
    {
        VisitorMessages.Enqueue(message);
        return Task.CompletedTask;
    }

    public Task TypingAsync(string sessionId, bool typing) => Task.CompletedTask;

    public Task PublishAsync(ChatSessionEvent sessionEvent, CancellationToken cancellationToken = default)
    {
        Published.Enqueue(sessionEvent);
        return Task.CompletedTask;
    }

    private Task Add(AgentKey agent, string name, object payload)
    {
        AgentEvents.Enqueue((agent.MailKey, name, payload));
        return Task.CompletedTask;
    }
}
