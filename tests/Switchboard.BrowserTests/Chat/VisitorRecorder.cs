using System.Collections.Concurrent;
using Switchboard.Chat;

namespace Switchboard.BrowserTests.Chat;

/// <summary>Stands beside the visitor hub and remembers what the visitor side was told: messages and the agent's typing.</summary>
public sealed class VisitorRecorder : IChatVisitorNotifier
{
    public ConcurrentQueue<ChatMessageView> Messages { get; } = new();

    public ConcurrentQueue<(string SessionId, bool Typing)> AgentTyping { get; } = new();

    public Task SessionChangedAsync(ChatSessionView session) => Task.CompletedTask;

    public Task MessageAsync(ChatMessageView message)
    {
        Messages.Enqueue(message);
        return Task.CompletedTask;
    }

    public Task TypingAsync(string sessionId, bool typing)
    {
        AgentTyping.Enqueue((sessionId, typing));
        return Task.CompletedTask;
    }
}
