using Microsoft.AspNetCore.SignalR;

namespace Switchboard.Chat.Visitors.Hub;

/// <summary>
/// Delivers the desk's events to the visitor's connections on this node: one SignalR group per session. A session
/// change also brings every connection of its visitor into the group, so a tab opened before the session started
/// hears it too.
/// </summary>
public sealed class VisitorHubNotifier(IHubContext<VisitorHub> hub, VisitorConnectionRegistry connections) : IChatVisitorNotifier
{
    /// <summary>The event carrying a session (docs/chat.md).</summary>
    public const string SessionEvent = "session";

    /// <summary>The event carrying a message.</summary>
    public const string MessageEvent = "message";

    /// <summary>The event carrying <see cref="VisitorTypingNotice"/>.</summary>
    public const string TypingEvent = "typing";

    /// <summary>The SignalR group of a session's visitor connections.</summary>
    public static string GroupOf(string sessionId) => "chat-session:" + sessionId;

    public async Task SessionChangedAsync(ChatSessionView session)
    {
        var group = GroupOf(session.SessionId);
        foreach (var connectionId in connections.Of(session.SdkAppId, session.VisitorId))
            await hub.Groups.AddToGroupAsync(connectionId, group);
        await hub.Clients.Group(group).SendAsync(SessionEvent, VisitorSessionWire.From(session));
    }

    public Task MessageAsync(ChatMessageView message) =>
        hub.Clients.Group(GroupOf(message.SessionId)).SendAsync(MessageEvent, VisitorMessageWire.From(message));

    public Task TypingAsync(string sessionId, bool typing) =>
        hub.Clients.Group(GroupOf(sessionId)).SendAsync(TypingEvent, new VisitorTypingNotice(sessionId, typing));
}
