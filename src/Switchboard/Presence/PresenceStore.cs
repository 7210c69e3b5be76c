using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Presence;

/// <summary>What agents' grains read when they wake up and write on every change.</summary>
internal sealed class PresenceStore(IServiceScopeFactory scopes) : IDisposable
{
    // SQLite has one writer per file. Grains writing at once each get SQLITE_BUSY, and Microsoft.Data.Sqlite
    // answers that by sleeping ~150 ms before retrying, which put a 1.2 s tail on status fan-out at 200 changes
    // per second. Queuing the writes in this process costs microseconds instead. PostgreSQL needs no queue.
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    /// <summary>The agent's last recorded state and whether ForceMemberOffline is in effect.</summary>
    public async Task<(AgentStatusChange? Last, bool ForcedOffline)> LoadAsync(AgentKey agent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var last = await db.AgentStatusChanges.AsNoTracking()
            .Where(c => c.SdkAppId == agent.SdkAppId && c.AgentMailKey == agent.MailKey)
            .OrderByDescending(c => c.TimestampMs).ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var forced = await db.AgentsForcedOffline.AsNoTracking()
            .AnyAsync(f => f.SdkAppId == agent.SdkAppId && f.AgentMailKey == agent.MailKey, cancellationToken);
        return (last, forced);
    }

    /// <summary>Appends a history entry and, when the lock changed, sets or lifts ForceMemberOffline, in one transaction.</summary>
    public async Task RecordAsync(AgentStatusChange? change, AgentKey agent, bool? forcedOffline, long now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var queued = db.Database.IsSqlite();
        if (queued) await _sqliteWriter.WaitAsync(cancellationToken);
        try
        {
            await WriteAsync(db, change, agent, forcedOffline, now, cancellationToken);
        }
        finally
        {
            if (queued) _sqliteWriter.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _sqliteWriter.Dispose();

    private static async Task WriteAsync(SwitchboardDb db, AgentStatusChange? change, AgentKey agent, bool? forcedOffline, long now, CancellationToken cancellationToken)
    {
        if (change is not null) db.AgentStatusChanges.Add(change);
        if (forcedOffline == true)
        {
            var exists = await db.AgentsForcedOffline
                .AnyAsync(f => f.SdkAppId == agent.SdkAppId && f.AgentMailKey == agent.MailKey, cancellationToken);
            if (!exists) db.AgentsForcedOffline.Add(new AgentForcedOffline { SdkAppId = agent.SdkAppId, AgentMailKey = agent.MailKey, Since = now });
        }
        else if (forcedOffline == false)
        {
            var row = await db.AgentsForcedOffline
                .FirstOrDefaultAsync(f => f.SdkAppId == agent.SdkAppId && f.AgentMailKey == agent.MailKey, cancellationToken);
            if (row is not null) db.AgentsForcedOffline.Remove(row);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
