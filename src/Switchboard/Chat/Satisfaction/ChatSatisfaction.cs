namespace Switchboard.Chat.Satisfaction;

/// <summary>
/// A visitor's rating of a chat that has ended: stored once on the record of the last agent who served it, where
/// <c>DescribeIMCdrs</c> reports it as <c>Satisfaction</c>. Ended sessions are no longer the desk's to change, so the
/// rating is a conditional write of its own; the desk answers only whose session it is and how it ended. A rating
/// taken is published as <c>SessionRated</c> to the webhook.
/// </summary>
public sealed class ChatSatisfaction
{
    private readonly IChatDesk _desk;
    private readonly ChatStore _store;
    private readonly IEnumerable<IChatEventPublisher> _publishers;
    private readonly TimeProvider _time;

    internal ChatSatisfaction(IChatDesk desk, ChatStore store, IEnumerable<IChatEventPublisher> publishers, SatisfactionScale scale, TimeProvider time)
    {
        _desk = desk;
        _store = store;
        _publishers = publishers;
        _time = time;
        Scale = scale;
    }

    /// <summary>The answers visitors are offered.</summary>
    public SatisfactionScale Scale { get; }

    /// <summary>Records <paramref name="visitor"/>'s answer <paramref name="satisfactionId"/> for <paramref name="sessionId"/>.</summary>
    public async Task<ChatResult> RateAsync(VisitorIdentity visitor, string sessionId, long satisfactionId, CancellationToken cancellationToken)
    {
        if (!Scale.Enabled) return ChatResult.Refused(ChatRefusals.RatingClosed, "This service does not ask visitors to rate chats.");
        if (Scale.Find(satisfactionId) is not { } choice)
            return ChatResult.Refused(ChatRefusals.BadSatisfaction, $"satisfactionId must be one of the offered answers, 1 to {Scale.Choices.Count}.");
        var session = await _desk.GetAsync(visitor.SdkAppId, sessionId, ChatSender.Visitor(visitor.VisitorId));
        if (session is null) return ChatResult.Refused(ChatRefusals.NotFound, "There is no such session of yours.");
        if (session.State != ChatSessionState.Ended || session.EndedAtMs is not { } endedAtMs)
            return ChatResult.Refused(ChatRefusals.NotEnded, "A chat is rated once it has ended.", session);
        if (session.AcceptedAtMs is null)
            return ChatResult.Refused(ChatRefusals.NotServed, "No agent served this chat, so there is nothing to rate.", session);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        if (now - endedAtMs > (long)Scale.Window.TotalMilliseconds)
            return ChatResult.Refused(ChatRefusals.RatingClosed, $"Chats can be rated for {Scale.Window.TotalHours:0.#} hours after they end.", session);
        if (!await _store.RateAsync(visitor.SdkAppId, sessionId, choice, now, cancellationToken))
            return ChatResult.Refused(ChatRefusals.AlreadyRated, "This chat has been rated already.", session);
        // Stored first, then announced: the outbox row is committed before the visitor hears "thank you".
        var rated = new ChatSessionEvent(ChatSessionEvents.Rated, visitor.SdkAppId, sessionId, now, session.VisitorId, session.SkillGroupId,
            AgentMail: session.AgentMail, Satisfaction: choice);
        foreach (var publisher in _publishers) await publisher.PublishAsync(rated, CancellationToken.None);
        return ChatResult.Ok(session);
    }
}
