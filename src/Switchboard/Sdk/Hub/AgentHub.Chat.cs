using System.Text.Json;
using Switchboard.Chat;
using Switchboard.Sdk.Hub.Chat;

namespace Switchboard.Sdk.Hub;

// The agent's side of online chat (docs/chat.md, "Agent side"). Every method takes one object argument, checks it
// strictly before the desk hears of it, and acts only as the connection's own agent: a session id names a
// session, never who acts on it.
public sealed partial class AgentHub
{
    /// <summary>Most messages one <see cref="ChatMessages"/> call answers; a client asks again after the last id.</summary>
    public const int ChatMessagesPageSize = 200;

    /// <summary><c>tccc.Chat.accept</c>: takes a chat offered to this agent.</summary>
    public async Task<ChatHubResult> ChatAccept(JsonElement request)
    {
        var read = ChatHubRequest.Read(request, nameof(ChatAccept), "sessionId");
        var sessionId = read.SessionId();
        return read.Problem is { } problem ? BadChatRequest(problem) : ChatHubResult.From(await chat.AcceptAsync(AgentOf(Context), sessionId));
    }

    /// <summary><c>tccc.Chat.end</c>: ends a chat this agent serves or is offered (closeBy seat).</summary>
    public async Task<ChatHubResult> ChatEnd(JsonElement request)
    {
        var read = ChatHubRequest.Read(request, nameof(ChatEnd), "sessionId");
        var sessionId = read.SessionId();
        return read.Problem is { } problem ? BadChatRequest(problem) : ChatHubResult.From(await chat.EndByAgentAsync(AgentOf(Context), sessionId));
    }

    /// <summary><c>tccc.Chat.transfer</c>: hands a served chat to a skill group or to one agent (exactly one of them).</summary>
    public async Task<ChatHubResult> ChatTransfer(JsonElement request)
    {
        var read = ChatHubRequest.Read(request, nameof(ChatTransfer), "sessionId", "skillGroupId?", "userId?");
        var sessionId = read.SessionId();
        var skillGroupId = read.OptionalNumber("skillGroupId", 1);
        var userId = read.OptionalString("userId", ChatHubRequest.MaxUserIdLength);
        if ((skillGroupId is null) == (userId is null))
            read.Refuse("ChatTransfer needs exactly one target: skillGroupId (a chat skill group's id) or userId (an agent's account).");
        return read.Problem is { } problem
            ? BadChatRequest(problem)
            : ChatHubResult.From(await chat.TransferAsync(AgentOf(Context), sessionId, skillGroupId, userId));
    }

    /// <summary>Sends a text, image or file message as this agent; answers the stored message.</summary>
    public async Task<ChatHubResult> ChatSend(JsonElement request)
    {
        var read = ChatHubRequest.Read(request, nameof(ChatSend), "sessionId", "type", "content", "clientMessageId");
        var sessionId = read.SessionId();
        var type = read.RequiredString("type", 16);
        // The hub's message size limit bounds the content; its own limits are the message's, refused as a bad message.
        var content = read.RequiredString("content", int.MaxValue);
        var clientMessageId = read.RequiredString("clientMessageId", 64);
        if (read.Problem is { } problem) return BadChatRequest(problem);
        if (ChatMessageTypes.Problem(type, content) is { } bad) return ChatHubResult.Refused(ChatRefusals.BadMessage, bad);

        var agent = AgentOf(Context);
        var (result, message) = await chat.PostAsync(agent.SdkAppId, sessionId, ChatSender.Agent(agent.MailKey), type, content, clientMessageId);
        return result.Accepted ? new ChatHubResult(true, Session: result.Session, ChatMessage: message) : ChatHubResult.From(result);
    }

    /// <summary>Tells the visitor that this agent is (or stopped) typing.</summary>
    public async Task<ChatHubResult> ChatTyping(JsonElement request)
    {
        var read = ChatHubRequest.Read(request, nameof(ChatTyping), "sessionId", "typing");
        var sessionId = read.SessionId();
        var typing = read.RequiredBool("typing");
        if (read.Problem is { } problem) return BadChatRequest(problem);
        var agent = AgentOf(Context);
        return ChatHubResult.From(await chat.TypingAsync(agent.SdkAppId, sessionId, ChatSender.Agent(agent.MailKey), typing));
    }

    /// <summary>Messages of a session this agent holds with an id above <c>afterId</c>, oldest first, at most <see cref="ChatMessagesPageSize"/>.</summary>
    public async Task<ChatHubResult> ChatMessages(JsonElement request)
    {
        var read = ChatHubRequest.Read(request, nameof(ChatMessages), "sessionId", "afterId");
        var sessionId = read.SessionId();
        var afterId = read.RequiredNumber("afterId", 0);
        if (read.Problem is { } problem) return BadChatRequest(problem);

        var agent = AgentOf(Context);
        var participant = ChatSender.Agent(agent.MailKey);
        // The desk answers an empty list for a session that is not the agent's; the refusal says why instead.
        var session = await chat.GetAsync(agent.SdkAppId, sessionId, participant);
        if (session is null) return ChatHubResult.Refused(ChatRefusals.NotFound, "No such chat session among this agent's sessions.");
        var messages = await chat.MessagesAsync(agent.SdkAppId, sessionId, participant, afterId, ChatMessagesPageSize);
        return new ChatHubResult(true, Session: session, Messages: messages);
    }

    /// <summary>The chats this agent holds now (ringing, serving, ended and not completed), for a tab that (re)connects.</summary>
    public async Task<ChatHubResult> ChatSessions() =>
        new(true, Sessions: await chat.AgentSessionsAsync(AgentOf(Context)));

    /// <summary>
    /// Where this agent can transfer a chat, for the workstation's transfer form: their application's chat skill
    /// groups and the colleagues who take chats, with their status. Takes an empty object.
    /// </summary>
    public async Task<ChatHubResult> ChatTransferTargets(JsonElement request)
    {
        var read = ChatHubRequest.Read(request, nameof(ChatTransferTargets));
        return read.Problem is { } problem ? BadChatRequest(problem) : new ChatHubResult(true, TransferTargets: await chat.TransferTargetsAsync(AgentOf(Context)));
    }

    /// <summary>The agent is done with an ended chat: it leaves their list (<c>sessionCompleted</c>).</summary>
    public async Task<ChatHubResult> ChatComplete(JsonElement request)
    {
        var read = ChatHubRequest.Read(request, nameof(ChatComplete), "sessionId");
        var sessionId = read.SessionId();
        return read.Problem is { } problem ? BadChatRequest(problem) : ChatHubResult.From(await chat.CompleteAsync(AgentOf(Context), sessionId));
    }

    private static ChatHubResult BadChatRequest(string problem) => ChatHubResult.Refused(ChatHubResult.BadRequest, problem);
}
