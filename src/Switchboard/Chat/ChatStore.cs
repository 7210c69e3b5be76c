using Microsoft.EntityFrameworkCore;
using Switchboard.Routing;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.Chat;

/// <summary>What the desk reads when it wakes up and writes on every change of a session, and the message log.</summary>
internal sealed class ChatStore(IServiceScopeFactory scopes, RoutingDefaults defaults) : IDisposable
{
    // SQLite has one writer per file; queuing writes here costs microseconds where SQLITE_BUSY retries cost
    // ~150 ms each (see PresenceStore). PostgreSQL needs no queue.
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    /// <summary>The application's chat groups with their routing settings and members.</summary>
    public async Task<DeskDirectory> LoadDirectoryAsync(long sdkAppId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var groups = await db.SkillGroups.AsNoTracking()
            .Where(g => g.SdkAppId == sdkAppId && g.Type == (int)SkillGroupType.OnlineChat)
            .Select(g => new { g.Id, g.Name, g.MaxConcurrency, g.RoutePolicy, g.UsingLastSeat, g.RingAll })
            .ToListAsync(cancellationToken);
        var ids = groups.Select(g => g.Id).ToList();
        var routing = await db.SkillGroupRoutings.AsNoTracking().Where(r => ids.Contains(r.SkillGroupId)).ToDictionaryAsync(r => r.SkillGroupId, cancellationToken);
        var members = await db.SkillGroupMemberships.AsNoTracking()
            .Where(m => ids.Contains(m.SkillGroupId))
            .Select(m => new { m.SkillGroupId, m.Priority, m.Agent!.MailKey, m.Agent.Mail, m.Agent.Name })
            .ToListAsync(cancellationToken);

        var agents = new Dictionary<string, DeskAgent>(StringComparer.Ordinal);
        foreach (var member in members) agents.TryAdd(member.MailKey, new DeskAgent(member.MailKey, member.Mail, member.Name));
        var result = new Dictionary<long, DeskGroup>();
        foreach (var group in groups)
        {
            routing.TryGetValue(group.Id, out var stored);
            var settings = defaults.SettingsFor(group.Id, RoutingChannel.Chat, group.MaxConcurrency, group.RoutePolicy, group.UsingLastSeat == 1, stored) with { RingAll = group.RingAll };
            var idle = TimeSpan.FromSeconds(stored?.VisitorIdleTimeoutSeconds ?? defaults.VisitorIdleTimeoutSeconds);
            var priorities = members.Where(m => m.SkillGroupId == group.Id).ToDictionary(m => m.MailKey, m => Math.Clamp(m.Priority, 1, 5), StringComparer.Ordinal);
            result.Add(group.Id, new DeskGroup(group.Id, group.Name, settings, idle, priorities));
        }
        return new DeskDirectory(result, agents);
    }

    /// <summary>The application's sessions that had not ended when the desk last stopped, oldest first.</summary>
    public async Task<List<ChatSession>> LoadOpenSessionsAsync(long sdkAppId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        return await db.ChatSessions.AsNoTracking()
            .Where(s => s.SdkAppId == sdkAppId && s.State != ChatSessionState.Ended)
            .OrderBy(s => s.CreatedAtMs)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The application's ended sessions that their agents have not completed yet, in the order they ended.</summary>
    public async Task<List<ChatSession>> LoadAwaitingCompletionAsync(long sdkAppId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        return await db.ChatSessions.AsNoTracking()
            .Where(s => s.SdkAppId == sdkAppId && s.AwaitingCompletionBy != null)
            .OrderBy(s => s.EndedAtMs).ThenBy(s => s.CreatedAtMs)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Records that the agent completed the ended session: it no longer waits in their list.</summary>
    public Task MarkCompletedAsync(long sdkAppId, string sessionId, CancellationToken cancellationToken) =>
        WriteAsync(db => db.ChatSessions
            .Where(s => s.SdkAppId == sdkAppId && s.Id == sessionId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.AwaitingCompletionBy, (string?)null), cancellationToken), cancellationToken);

    /// <summary>How many services each agent (by mail key) accepted since <paramref name="sinceMs"/> and has finished.</summary>
    public async Task<Dictionary<string, int>> ServicesAcceptedSinceAsync(long sdkAppId, long sinceMs, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var counts = await db.ChatServiceRecords.AsNoTracking()
            .Where(r => r.SdkAppId == sdkAppId && r.AgentMail != null && r.AcceptedAtMs >= sinceMs)
            .GroupBy(r => r.AgentMail!)
            .Select(g => new { Mail = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byAgent = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in counts)
        {
            var key = AgentDirectory.MailKey(row.Mail);
            byAgent[key] = byAgent.GetValueOrDefault(key) + row.Count;
        }
        return byAgent;
    }

    /// <summary>A session that is not live any more (ended), with the agents who served it, or null.</summary>
    public async Task<(ChatSession Session, string[] AgentMailKeys)?> FindEndedAsync(long sdkAppId, string sessionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var session = await db.ChatSessions.AsNoTracking().FirstOrDefaultAsync(s => s.SdkAppId == sdkAppId && s.Id == sessionId, cancellationToken);
        if (session is null) return null;
        var agents = await db.ChatServiceRecords.AsNoTracking()
            .Where(r => r.SessionId == sessionId && r.AgentMail != null)
            .Select(r => r.AgentMail!.ToLower())
            .Distinct()
            .ToArrayAsync(cancellationToken);
        return (session, agents);
    }

    /// <summary>The visitor's sessions, newest first.</summary>
    public async Task<List<ChatSession>> VisitorSessionsAsync(long sdkAppId, string visitorId, int limit, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        return await db.ChatSessions.AsNoTracking()
            .Where(s => s.SdkAppId == sdkAppId && s.VisitorId == visitorId)
            .OrderByDescending(s => s.CreatedAtMs)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Writes the session's row (insert the first time) and, if given, one service record, in one transaction.</summary>
    public Task SaveAsync(ChatSession session, bool isNew, ChatServiceRecord? record, CancellationToken cancellationToken) =>
        WriteAsync(async db =>
        {
            // The desk keeps the instance; the context (and its tracking) ends with this write.
            if (isNew) db.ChatSessions.Add(session);
            else db.ChatSessions.Update(session);
            if (record is not null) db.ChatServiceRecords.Add(record);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Stores a message, or answers the one already stored under the same sender and client message id (a resend
    /// after a network drop).
    /// </summary>
    public async Task<ChatMessage> AppendMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        if (message.ClientMessageId is { } clientId && await FindByClientIdAsync(message.SessionId, message.Sender, clientId, cancellationToken) is { } earlier)
            return earlier;
        try
        {
            await WriteAsync(async db =>
            {
                db.ChatMessages.Add(message);
                await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
            return message;
        }
        catch (DbUpdateException) when (message.ClientMessageId is not null)
        {
            // The same resend arrived twice at once; the unique index kept one.
            return await FindByClientIdAsync(message.SessionId, message.Sender, message.ClientMessageId, cancellationToken)
                ?? throw new InvalidOperationException("A message write failed and no earlier copy exists.");
        }
    }

    /// <summary>Messages of a session after <paramref name="afterId"/>, oldest first.</summary>
    public async Task<List<ChatMessage>> MessagesAsync(string sessionId, long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        return await db.ChatMessages.AsNoTracking()
            .Where(m => m.SessionId == sessionId && m.Id > afterId)
            .OrderBy(m => m.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The attachments with the given ids that belong to the session.</summary>
    public async Task<Dictionary<string, ChatAttachment>> AttachmentsAsync(string sessionId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        return await db.ChatAttachments.AsNoTracking()
            .Where(a => a.SessionId == sessionId && ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>
    /// Puts the rating on the session's last record an agent accepted, unless one is there; false when the session
    /// was rated already (two tabs, a resend) or has no such record.
    /// </summary>
    public async Task<bool> RateAsync(long sdkAppId, string sessionId, Satisfaction.SatisfactionChoice choice, long atMs, CancellationToken cancellationToken)
    {
        var written = 0;
        await WriteAsync(async db =>
        {
            var last = db.ChatServiceRecords.Where(r => r.SdkAppId == sdkAppId && r.SessionId == sessionId && r.AcceptedAtMs != null)
                .OrderByDescending(r => r.Id).Select(r => r.Id).Take(1);
            // An ended session's last accepted record never changes, so "not rated yet" on it is the whole check.
            written = await db.ChatServiceRecords
                .Where(r => last.Contains(r.Id) && r.SatisfactionId == null)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.SatisfactionId, choice.Id)
                    .SetProperty(r => r.SatisfactionLabel, choice.Label).SetProperty(r => r.RatedAtMs, atMs), cancellationToken);
        }, cancellationToken);
        return written > 0;
    }

    /// <inheritdoc/>
    public void Dispose() => _sqliteWriter.Dispose();

    private async Task<ChatMessage?> FindByClientIdAsync(string sessionId, string sender, string clientMessageId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        return await db.ChatMessages.AsNoTracking()
            .FirstOrDefaultAsync(m => m.SessionId == sessionId && m.Sender == sender && m.ClientMessageId == clientMessageId, cancellationToken);
    }

    private async Task WriteAsync(Func<SwitchboardDb, Task> write, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var queued = db.Database.IsSqlite();
        if (queued) await _sqliteWriter.WaitAsync(cancellationToken);
        try
        {
            await write(db);
        }
        finally
        {
            if (queued) _sqliteWriter.Release();
        }
    }
}
