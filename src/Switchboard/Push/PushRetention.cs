using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Push;

/// <summary>
/// Deletes finished deliveries (delivered, failed, without subscriber) older than <see cref="PushOptions.Retention"/>,
/// five minutes after start (out of the way of a node's warm-up) and every hour after, on every node; pending ones are never touched. Rows go application by application and in
/// small batches, so each delete uses the (application, created) index and never holds the store's write lock long
/// enough to delay the outbox.
/// </summary>
public sealed partial class PushRetention(IServiceScopeFactory scopes, TimeProvider clock, PushOptions options, ILogger<PushRetention> log)
    : BackgroundService
{
    /// <summary>How often a node prunes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>How long after start a node prunes first.</summary>
    public static readonly TimeSpan FirstAfter = TimeSpan.FromMinutes(5);

    private const int BatchSize = 500;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Retention is null) return;
        await Task.Delay(FirstAfter, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Nothing depends on pruning; the next hour tries again.
                LogPruneFailed(e);
            }
            await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Deletes the finished deliveries past retention now; answers how many. Does nothing when retention is off.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        if (options.Retention is not { } retention) return 0;
        var cutoff = clock.GetUtcNow().Subtract(retention).ToUnixTimeMilliseconds();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var applications = await db.Applications.AsNoTracking().Select(a => a.SdkAppId).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var sdkAppId in applications)
        {
            while (true)
            {
                var batch = await db.PushDeliveries.AsNoTracking()
                    .Where(d => d.SdkAppId == sdkAppId && d.CreatedAtMs < cutoff && d.State != PushDeliveryState.Pending)
                    .OrderBy(d => d.CreatedAtMs)
                    .Take(BatchSize)
                    .Select(d => d.Id)
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0) break;
                // The state is checked again: a row cannot become pending after it finished, but being exact costs nothing.
                deleted += await db.PushDeliveries
                    .Where(d => batch.Contains(d.Id) && d.State != PushDeliveryState.Pending)
                    .ExecuteDeleteAsync(cancellationToken);
                if (batch.Count < BatchSize) break;
            }
        }
        if (deleted > 0) LogPruned(deleted, retention.TotalDays);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} finished push deliveries older than {Days} days")]
    private partial void LogPruned(int count, double days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning old push deliveries failed; trying again in an hour")]
    private partial void LogPruneFailed(Exception exception);
}
