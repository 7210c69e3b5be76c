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

    private ChatSessionView View(LiveChat live)
    {
        var agent = live.Row.State == ChatSessionState.Serving ? live.Row.AgentMailKey : live.Ringing.Count == 1 ? live.Ringing.First() : null;
        return View(live.Row) with
        {
            QueuePosition = live.Row.State == ChatSessionState.Queued ? live.QueuePosition : null,
            AgentMail = agent is null ? null : MailOf(agent),
            AgentName = live.Row.State == ChatSessionState.Serving && agent is not null ? NameOf(agent) : null,
        };
    }

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
