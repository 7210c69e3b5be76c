using System.Collections.Concurrent;
using Switchboard.Chat;
using Switchboard.Presence;

namespace Switchboard.IntegrationTests.Sdk.Chat;

/// <summary>
/// A desk standing where the real one would, so the agent hub can be tested alone: it records who asked what and
/// answers every session id as an existing session, except <see cref="Missing"/>, which it refuses as the real
/// desk refuses a session that is not the caller's.
/// </summary>
internal sealed class RecordingChatDesk : IChatDesk
{
    public const string Missing = "00000000-0000-0000-0000-00000000dead";

    public ConcurrentQueue<DeskCall> Calls { get; } = new();

    public static ChatSessionView Session(string sessionId, ChatSessionState state = ChatSessionState.Serving) => new(
        sessionId, 1, "v-1", "Ann <b>visitor</b>", null, "order=42", "https://shop.example", "web", 7, state, null,
        "agent@example.com", "Agent", 1000, 2000, null, null, null);

    public Task<ChatResult> AcceptAsync(AgentKey agent, string sessionId) => Answer(new(nameof(AcceptAsync), agent.ToString(), sessionId));

    public Task<ChatResult> EndByAgentAsync(AgentKey agent, string sessionId) => Answer(new(nameof(EndByAgentAsync), agent.ToString(), sessionId));

    public Task<ChatResult> TransferAsync(AgentKey agent, string sessionId, long? skillGroupId, string? userId) =>
        Answer(new(nameof(TransferAsync), agent.ToString(), sessionId, $"{skillGroupId}|{userId}"));

    public Task<ChatResult> CompleteAsync(AgentKey agent, string sessionId) => Answer(new(nameof(CompleteAsync), agent.ToString(), sessionId));

    public Task<IReadOnlyList<ChatSessionView>> AgentSessionsAsync(AgentKey agent)
    {
        Calls.Enqueue(new(nameof(AgentSessionsAsync), agent.ToString(), ""));
        return Task.FromResult<IReadOnlyList<ChatSessionView>>([Session("s-ringing", ChatSessionState.Ringing), Session("s-serving")]);
    }

    public Task<TransferTargets> TransferTargetsAsync(AgentKey agent)
    {
        Calls.Enqueue(new(nameof(TransferTargetsAsync), agent.ToString(), ""));
        return Task.FromResult(new TransferTargets([new(7, "Chat", 2)], [new("bob@example.com", "Bob", AgentStatus.Free, [7])]));
    }

    public Task<(ChatResult Result, ChatMessageView? Message)> PostAsync(long sdkAppId, string sessionId, ChatSender from, string type, string content, string? clientMessageId)
    {
        Calls.Enqueue(new(nameof(PostAsync), $"{sdkAppId}/{from.Role}/{from.Id}", sessionId, $"{type}|{content}|{clientMessageId}"));
        if (sessionId == Missing) return Task.FromResult<(ChatResult, ChatMessageView?)>((NotFound(), null));
        var message = new ChatMessageView(41, sessionId, 3000, ChatParticipantRole.Agent, from.Id, type, content, clientMessageId, null);
        return Task.FromResult<(ChatResult, ChatMessageView?)>((ChatResult.Ok(Session(sessionId)), message));
    }

    public Task<ChatResult> TypingAsync(long sdkAppId, string sessionId, ChatSender from, bool typing) =>
        Answer(new(nameof(TypingAsync), $"{sdkAppId}/{from.Role}/{from.Id}", sessionId, typing.ToString()));

    public Task<ChatSessionView?> GetAsync(long sdkAppId, string sessionId, ChatSender participant)
    {
        Calls.Enqueue(new(nameof(GetAsync), $"{sdkAppId}/{participant.Role}/{participant.Id}", sessionId));
        return Task.FromResult(sessionId == Missing ? null : Session(sessionId));
    }

    public Task<IReadOnlyList<ChatMessageView>> MessagesAsync(long sdkAppId, string sessionId, ChatSender participant, long afterId, int limit)
    {
        Calls.Enqueue(new(nameof(MessagesAsync), $"{sdkAppId}/{participant.Role}/{participant.Id}", sessionId, $"{afterId}|{limit}"));
        IReadOnlyList<ChatMessageView> messages =
            [new(afterId + 1, sessionId, 3000, ChatParticipantRole.Visitor, "v-1", ChatMessageTypes.Text, "<img src=x onerror=alert(1)>", "c-1", null)];
        return Task.FromResult(messages);
    }

    public Task<ChatResult> StartAsync(ChatStartRequest request) => throw new NotSupportedException("not the agent hub's");

    public Task<ChatSessionView?> FindOpenAsync(VisitorIdentity visitor) => throw new NotSupportedException("not the agent hub's");

    public Task<IReadOnlyList<ChatSessionView>> VisitorHistoryAsync(VisitorIdentity visitor, int limit) => throw new NotSupportedException("not the agent hub's");

    public Task<ChatResult> EndByVisitorAsync(VisitorIdentity visitor, string sessionId) => throw new NotSupportedException("not the agent hub's");

    private Task<ChatResult> Answer(DeskCall call)
    {
        Calls.Enqueue(call);
        return Task.FromResult(call.SessionId == Missing ? NotFound() : ChatResult.Ok(Session(call.SessionId)));
    }

    private static ChatResult NotFound() => ChatResult.Refused(ChatRefusals.NotFound, "No such chat session among this agent's sessions.");
}
