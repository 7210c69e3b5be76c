using Switchboard.Presence;

namespace Switchboard.Chat;

/// <summary>How the desk tells people what happened: views, records, notifications and webhook events.</summary>
internal sealed partial class ChatDeskGrain
{
    private ChatServiceRecord ServiceRecord(LiveChat live, string? agentMailKey, long endedAtMs, int endStatus) => new()
    {
        SdkAppId = _sdkAppId,
        SessionId = live.Id,
        AgentMail = agentMailKey is null ? null : MailOf(agentMailKey),
        SkillGroupId = live.Row.SkillGroupId,
        SkillGroupName = _directory.Groups.TryGetValue(live.Row.SkillGroupId, out var group) ? group.Name : "",
        VisitorId = live.Row.VisitorId,
        Nickname = live.Row.Nickname,
        StartedAtMs = live.ServiceStartedAtMs,
        AcceptedAtMs = agentMailKey is null ? null : live.ServiceAcceptedAtMs,
        EndedAtMs = endedAtMs,
        EndStatus = endStatus,
    };

    private static ChatOffer Offer(LiveChat live, int timeout) => new(
        live.Id, timeout, live.Row.Nickname, live.Row.Avatar, Remark: null, live.Row.PeerSource, live.Row.ChannelName,
        live.Row.ClientData, live.Row.SkillGroupId, live.Row.VisitorId);

    /// <summary>The session as it is now; for <paramref name="ringingAgent"/>, with when their offer rings out if it rings them.</summary>
    private ChatSessionView View(LiveChat live, string? ringingAgent = null)
    {
        var agent = live.Row.State == ChatSessionState.Serving ? live.Row.AgentMailKey : live.Ringing.Count == 1 ? live.Ringing.Keys.First() : null;
        DateTimeOffset? ringsOut = ringingAgent is not null && live.Ringing.TryGetValue(ringingAgent, out var until) ? until : null;
        return View(live.Row) with
        {
            QueuePosition = live.Row.State == ChatSessionState.Queued ? live.QueuePosition : null,
            AgentMail = agent is null ? null : MailOf(agent),
            AgentName = live.Row.State == ChatSessionState.Serving && agent is not null ? NameOf(agent) : null,
            RingUntilMs = ringsOut?.ToUnixTimeMilliseconds(),
            RingSecondsLeft = ringsOut is { } deadline ? SecondsLeft(deadline) : null,
        };
    }

    /// <summary>
    /// An ended session as its agent's list holds it until they complete it: what <see cref="View(LiveChat, string?)"/>
    /// answers once the session is over, which names no agent.
    /// </summary>
    private ChatSessionView EndedView(ChatSession row) => View(row) with { AgentMail = null, AgentName = null };

    /// <summary>Whole seconds until an offer rings out, as <c>callIn</c>'s timeout says it: at least 1, since 0 means "no timeout".</summary>
    private int SecondsLeft(DateTimeOffset ringsOut) => Math.Max(1, (int)Math.Ceiling((ringsOut - time.GetUtcNow()).TotalSeconds));

    private ChatSessionView View(ChatSession row) => new(
        row.Id, row.SdkAppId, row.VisitorId, row.Nickname, row.Avatar, row.ClientData, row.PeerSource, row.ChannelName,
        row.SkillGroupId, row.State, null, row.AgentMailKey is null ? null : MailOf(row.AgentMailKey),
        row.AgentMailKey is null ? null : NameOf(row.AgentMailKey), row.CreatedAtMs, row.AcceptedAtMs, row.EndedAtMs, row.EndStatus, row.CloseBy);

    private string MailOf(string mailKey) => _directory.Agents.TryGetValue(mailKey, out var agent) ? agent.Mail : mailKey;

    private string NameOf(string mailKey) => _directory.Agents.TryGetValue(mailKey, out var agent) ? agent.Name : mailKey;

    private AgentKey Key(string mailKey) => new(_sdkAppId, mailKey);

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private void ToAgent(string mailKey, Func<IChatAgentNotifier, AgentKey, Task> send)
    {
        var key = Key(mailKey);
        foreach (var notifier in agentNotifiers) Observe(() => send(notifier, key));
    }

    private void ToVisitor(Func<IChatVisitorNotifier, Task> send)
    {
        foreach (var notifier in visitorNotifiers) Observe(() => send(notifier));
    }

    // Started in order and not awaited: each connection receives events in the order the desk decided them,
    // and a slow connection never holds up routing.
    private void Observe(Func<Task> delivery)
    {
        Task task;
        try
        {
            task = delivery();
        }
        catch (Exception e)
        {
            task = Task.FromException(e);
        }
        task.ContinueWith(t => logger.LogWarning(t.Exception, "A chat notification failed"), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    private async Task PublishAsync(ChatSessionEvent sessionEvent)
    {
        foreach (var publisher in publishers)
        {
            try
            {
                await publisher.PublishAsync(sessionEvent);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Chat event {Event} of session {Session} could not be stored for the webhook", sessionEvent.Event, sessionEvent.SessionId);
            }
        }
    }
}
