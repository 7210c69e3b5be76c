using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Switchboard.Chat.Visitors.Identity;

namespace Switchboard.Chat.Visitors.Hub;

/// <summary>
/// The live connection of one visitor tab (<c>/chat/visitor/hub</c>), authenticated by the visitor token. It only
/// checks input and passes it to <see cref="IChatDesk"/>; every answer is a <see cref="VisitorHubAnswer"/>. On
/// connect, a visitor with an open session joins its group and receives it as a <c>session</c> event, so a reloaded
/// page finds its conversation.
/// </summary>
public sealed class VisitorHub(
    IChatDesk desk, VisitorConnectionRegistry connections, VisitorMessageRateLimiter messageLimiter, Satisfaction.ChatSatisfaction satisfaction)
    : Microsoft.AspNetCore.SignalR.Hub
{
    /// <summary>Most messages one <c>Messages</c> call answers; the widget asks again after the last id.</summary>
    public const int MaxMessagesPerCall = 200;

    /// <summary>Most past sessions <c>History</c> answers.</summary>
    public const int MaxHistorySessions = 50;

    public override async Task OnConnectedAsync()
    {
        var visitor = Visitor;
        connections.Add(visitor, Context.ConnectionId);
        if (await desk.FindOpenAsync(visitor) is { } open)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, VisitorHubNotifier.GroupOf(open.SessionId));
            await Clients.Caller.SendAsync(VisitorHubNotifier.SessionEvent, VisitorSessionWire.From(open));
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Visitor, Context.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary><c>{ skillGroupId, nickname?, avatar?, clientData?, channel? }</c>: the open session, or a new one in the group's queue.</summary>
    public async Task<VisitorHubAnswer> Start(JsonElement request)
    {
        var reader = ChatHubRequest.Read(request, nameof(Start), "skillGroupId", "nickname?", "avatar?", "clientData?", "channel?");
        var skillGroupId = reader.RequiredNumber("skillGroupId", 1);
        var nickname = reader.OptionalString("nickname", VisitorLimits.MaxNicknameLength, allowEmpty: true);
        var avatar = reader.OptionalString("avatar", VisitorLimits.MaxAvatarLength, allowEmpty: true);
        var clientData = reader.OptionalString("clientData", VisitorLimits.MaxClientDataLength, allowEmpty: true);
        var channel = reader.OptionalString("channel", VisitorLimits.MaxChannelLength, allowEmpty: true);
        if (reader.Problem is { } error) return VisitorHubAnswer.Refused(VisitorHubAnswer.BadRequest, error);
        if (!string.IsNullOrEmpty(avatar) && !IsWebUrl(avatar))
            return VisitorHubAnswer.Refused(VisitorHubAnswer.BadRequest, "avatar must be an http or https URL.");

        var visitor = Visitor;
        // A verified visitor's client data is the business's, signed in the UserSig; the page cannot replace it.
        if (visitor.Verified) clientData = VisitorClaims.SignedClientDataOf(Context.User);
        var result = await desk.StartAsync(new ChatStartRequest(visitor, skillGroupId,
            string.IsNullOrWhiteSpace(nickname) ? VisitorLimits.DefaultNickname : nickname.Trim(),
            string.IsNullOrEmpty(avatar) ? null : avatar, clientData, PeerSource(), string.IsNullOrWhiteSpace(channel) ? null : channel));
        if (result.Session is { State: not ChatSessionState.Ended } session)
            await Groups.AddToGroupAsync(Context.ConnectionId, VisitorHubNotifier.GroupOf(session.SessionId));
        return VisitorHubAnswer.From(result);
    }

    /// <summary><c>{ sessionId, type, content, clientMessageId? }</c>: stores and delivers a message; a repeated clientMessageId answers the stored one.</summary>
    public async Task<VisitorHubAnswer> Send(JsonElement request)
    {
        var reader = ChatHubRequest.Read(request, nameof(Send), "sessionId", "type", "content", "clientMessageId?");
        var sessionId = reader.SessionId();
        var type = reader.RequiredString("type", 16);
        var content = reader.RequiredString("content", int.MaxValue);
        var clientMessageId = reader.OptionalString("clientMessageId", VisitorLimits.MaxClientMessageIdLength);
        if (reader.Problem is { } error) return VisitorHubAnswer.Refused(VisitorHubAnswer.BadRequest, error);
        // Checked before the rate limit, so a refused message costs the visitor nothing.
        if (ChatMessageTypes.Problem(type, content) is { } bad) return VisitorHubAnswer.Refused(ChatRefusals.BadMessage, bad);
        if (!messageLimiter.TryAcquire(Context.UserIdentifier!))
            return VisitorHubAnswer.Refused(ChatRefusals.RateLimited, "You are sending messages too fast; wait a moment.");

        var visitor = Visitor;
        var (result, message) = await desk.PostAsync(visitor.SdkAppId, sessionId, ChatSender.Visitor(visitor.VisitorId), type, content, clientMessageId);
        return VisitorHubAnswer.From(result, message is null ? null : VisitorMessageWire.From(message));
    }

    /// <summary><c>{ sessionId, typing }</c>: tells the agent the visitor is (or stopped) typing.</summary>
    public async Task<VisitorHubAnswer> Typing(JsonElement request)
    {
        var reader = ChatHubRequest.Read(request, nameof(Typing), "sessionId", "typing");
        var sessionId = reader.SessionId();
        var typing = reader.RequiredBool("typing");
        if (reader.Problem is { } error) return VisitorHubAnswer.Refused(VisitorHubAnswer.BadRequest, error);
        if (!messageLimiter.TryAcquire(Context.UserIdentifier!))
            return VisitorHubAnswer.Refused(ChatRefusals.RateLimited, "You are sending too fast; wait a moment.");
        var visitor = Visitor;
        return VisitorHubAnswer.From(await desk.TypingAsync(visitor.SdkAppId, sessionId, ChatSender.Visitor(visitor.VisitorId), typing));
    }

    /// <summary><c>{ sessionId, afterId? }</c>: the session now and its messages after <c>afterId</c>, oldest first (at most <see cref="MaxMessagesPerCall"/>).</summary>
    public async Task<VisitorHubAnswer> Messages(JsonElement request)
    {
        var reader = ChatHubRequest.Read(request, nameof(Messages), "sessionId", "afterId?");
        var sessionId = reader.SessionId();
        var afterId = reader.OptionalNumber("afterId", 0) ?? 0;
        if (reader.Problem is { } error) return VisitorHubAnswer.Refused(VisitorHubAnswer.BadRequest, error);

        var visitor = Visitor;
        var participant = ChatSender.Visitor(visitor.VisitorId);
        var session = await desk.GetAsync(visitor.SdkAppId, sessionId, participant);
        if (session is null) return VisitorHubAnswer.Refused(ChatRefusals.NotFound, "There is no such session of yours.");
        // Catching up after a reconnect: rejoin first, so nothing sent between the read and the join is missed.
        if (session.State != ChatSessionState.Ended)
            await Groups.AddToGroupAsync(Context.ConnectionId, VisitorHubNotifier.GroupOf(session.SessionId));
        var messages = await desk.MessagesAsync(visitor.SdkAppId, sessionId, participant, afterId, MaxMessagesPerCall);
        return new VisitorHubAnswer(true, Session: VisitorSessionWire.From(session), Messages: messages.Select(VisitorMessageWire.From).ToList());
    }

    /// <summary><c>{ sessionId }</c>: the visitor closes the chat.</summary>
    public async Task<VisitorHubAnswer> End(JsonElement request)
    {
        var reader = ChatHubRequest.Read(request, nameof(End), "sessionId");
        var sessionId = reader.SessionId();
        if (reader.Problem is { } error) return VisitorHubAnswer.Refused(VisitorHubAnswer.BadRequest, error);
        return VisitorHubAnswer.From(await desk.EndByVisitorAsync(Visitor, sessionId));
    }

    /// <summary>The answers "how was your chat?" offers (<c>choices</c>); empty when this service does not ask.</summary>
    public VisitorHubAnswer SatisfactionChoices() =>
        new(true, Choices: satisfaction.Scale.Enabled ? satisfaction.Scale.Choices : []);

    /// <summary><c>{ sessionId, satisfactionId }</c>: rates a served chat that has ended, once.</summary>
    public async Task<VisitorHubAnswer> Rate(JsonElement request)
    {
        var reader = ChatHubRequest.Read(request, nameof(Rate), "sessionId", "satisfactionId");
        var sessionId = reader.SessionId();
        var satisfactionId = reader.RequiredNumber("satisfactionId", 1);
        if (reader.Problem is { } error) return VisitorHubAnswer.Refused(VisitorHubAnswer.BadRequest, error);
        return VisitorHubAnswer.From(await satisfaction.RateAsync(Visitor, sessionId, satisfactionId, Context.ConnectionAborted));
    }

    /// <summary>A verified visitor's past sessions, newest first; empty for anonymous visitors.</summary>
    public async Task<VisitorHubAnswer> History()
    {
        var sessions = await desk.VisitorHistoryAsync(Visitor, MaxHistorySessions);
        return new VisitorHubAnswer(true, Sessions: sessions.Select(VisitorSessionWire.From).ToList());
    }

    private VisitorIdentity Visitor => VisitorClaims.VisitorOf(Context.User)
        ?? throw new InvalidOperationException("The visitor hub requires a visitor token; authorization let another principal in.");

    /// <summary>The page the widget runs on, as the browser reports it.</summary>
    private string? PeerSource()
    {
        var origin = Context.GetHttpContext()?.Request.Headers.Origin.ToString();
        return string.IsNullOrEmpty(origin) ? null : origin.Length <= VisitorLimits.MaxPeerSourceLength ? origin : origin[..VisitorLimits.MaxPeerSourceLength];
    }

    private static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
