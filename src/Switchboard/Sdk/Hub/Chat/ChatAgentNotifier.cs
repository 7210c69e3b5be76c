using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Switchboard.Chat;
using Switchboard.Presence;

namespace Switchboard.Sdk.Hub.Chat;

/// <summary>
/// Delivers the desk's chat events to every tab of the agent connected to this node, through the agent's hub group.
/// The message names are the Web SDK's events where TCCC has one (<c>callIn</c>, <c>userAccessed</c>, …) and the
/// workstation's own otherwise (<c>offerRevoked</c>, <c>chatMessage</c>, <c>chatTyping</c>).
/// </summary>
public sealed class ChatAgentNotifier(IHubContext<AgentHub> hub) : IChatAgentNotifier
{
    /// <summary>Client method names (server → client messages of the agent hub).</summary>
    public const string CallIn = "callIn";
    public const string AutoTransfer = "autoTransfer";
    public const string OfferRevoked = "offerRevoked";
    public const string UserAccessed = "userAccessed";
    public const string ChatMessage = "chatMessage";
    public const string ChatTyping = "chatTyping";
    public const string Transfer = "transfer";
    public const string SessionEnded = "sessionEnded";
    public const string SessionCompleted = "sessionCompleted";

    public Task OfferedAsync(AgentKey agent, ChatOffer offer) => Send(agent, CallIn, ChatCallIn.From(offer));

    public Task OfferRevokedAsync(AgentKey agent, string sessionId, bool rangOut) =>
        Send(agent, rangOut ? AutoTransfer : OfferRevoked, new ChatSessionNotice(sessionId));

    public Task AccessedAsync(AgentKey agent, ChatSessionView session) =>
        Send(agent, UserAccessed, new ChatAccessedNotice(session.SessionId, session));

    public Task MessageAsync(AgentKey agent, ChatMessageView message) => Send(agent, ChatMessage, message);

    public Task TypingAsync(AgentKey agent, string sessionId, bool typing) => Send(agent, ChatTyping, new ChatTypingNotice(sessionId, typing));

    public Task TransferredAsync(AgentKey agent, string sessionId, long? skillGroupId, string? userId) =>
        Send(agent, Transfer, new ChatTransferNotice(sessionId, skillGroupId?.ToString(CultureInfo.InvariantCulture), userId));

    public Task EndedAsync(AgentKey agent, ChatEnded ended) =>
        Send(agent, SessionEnded, new ChatEndedNotice(ended.SessionId, ChatCallIn.ChatType, ended.Duration, ended.CloseBy));

    public Task CompletedAsync(AgentKey agent, string sessionId) => Send(agent, SessionCompleted, new ChatSessionNotice(sessionId));

    private Task Send(AgentKey agent, string method, object argument) => hub.Clients.Group(agent.ToString()).SendAsync(method, argument);
}
