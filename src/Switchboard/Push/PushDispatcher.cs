using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Push;

/// <summary>
/// Sends due deliveries from the outbox, on every node. A node claims a delivery with one conditional update that
/// moves its next-attempt time to the end of a lease (and counts the attempt), so two nodes never send the same
/// attempt; a node that dies mid-attempt leaves the delivery to the others when the lease runs out. Failures are
/// retried with exponential back-off until <see cref="PushOptions.MaxAttempts"/>, then left Failed for operators.
/// </summary>
public sealed partial class PushDispatcher(
    IServiceScopeFactory scopes, TimeProvider clock, PushOptions options, PushWakeup wakeup, PushSender sender, PushSecrets secrets,
    ILogger<PushDispatcher> log) : BackgroundService
{
    private int BatchSize => options.Concurrency * 4;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be due at once; otherwise sleep until something is.
                if (await DispatchDueAsync(stoppingToken) < BatchSize) await WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store is unreachable or locked: nothing is lost (the rows stay pending); try again after a poll.
                LogDispatchFailed(e);
                await Task.Delay(options.Poll, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Sends what is due now; answers how many deliveries it looked at.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        List<DueDelivery> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
            var now = NowMs();
            due = await db.PushDeliveries.AsNoTracking()
                .Where(d => d.State == PushDeliveryState.Pending && d.NextAttemptAtMs <= now)
                .OrderBy(d => d.NextAttemptAtMs)
                .Take(BatchSize)
                .Select(d => new DueDelivery(d.Id, d.NextAttemptAtMs))
                .ToListAsync(cancellationToken);
        }
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken },
            async (delivery, ct) => await AttemptAsync(delivery, ct));
        return due.Count;
    }

    private async Task AttemptAsync(DueDelivery due, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var lease = NowMs() + (long)options.Lease.TotalMilliseconds;
        var claimed = await db.PushDeliveries
            .Where(d => d.Id == due.Id && d.State == PushDeliveryState.Pending && d.NextAttemptAtMs == due.NextAttemptAtMs)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAtMs, lease).SetProperty(d => d.Attempts, d => d.Attempts + 1), cancellationToken);
        if (claimed == 0) return; // another node took it first

        var delivery = await db.PushDeliveries.AsNoTracking().FirstAsync(d => d.Id == due.Id, cancellationToken);
        var subscription = await db.PushSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.SdkAppId == delivery.SdkAppId, cancellationToken);
        if (subscription is null)
        {
            await FinishAsync(db, delivery.Id, lease, PushDeliveryState.NoSubscriber, null, "The subscription was removed before delivery.", cancellationToken);
            return;
        }

        PushAttemptResult result;
        try
        {
            result = await sender.SendAsync(delivery, subscription.Url, secrets.Unprotect(subscription.ProtectedSecret), cancellationToken);
        }
        catch (CryptographicException)
        {
            result = PushAttemptResult.Failure("The subscription secret cannot be decrypted (was the key ring lost?); set it again with ModifyPushSubscription.");
        }

        var now = NowMs();
        if (result.Delivered)
            await FinishAsync(db, delivery.Id, lease, PushDeliveryState.Delivered, now, null, cancellationToken);
        else if (delivery.Attempts >= options.MaxAttempts)
        {
            LogDeliveryFailed(delivery.Id, delivery.SdkAppId, delivery.Attempts, result.Error);
            await FinishAsync(db, delivery.Id, lease, PushDeliveryState.Failed, null, result.Error, cancellationToken);
        }
        else
        {
            var next = now + (long)options.DelayAfter(delivery.Attempts).TotalMilliseconds;
            await UpdateAsync(db, delivery.Id, lease, s => s.SetProperty(d => d.NextAttemptAtMs, next).SetProperty(d => d.LastError, Trim(result.Error)), cancellationToken);
        }
    }

    private Task FinishAsync(SwitchboardDb db, string id, long lease, PushDeliveryState state, long? deliveredAtMs, string? error, CancellationToken cancellationToken) =>
        UpdateAsync(db, id, lease, s => s.SetProperty(d => d.State, state).SetProperty(d => d.DeliveredAtMs, deliveredAtMs).SetProperty(d => d.LastError, Trim(error)), cancellationToken);

    // Written only while this node still holds the lease; if it ran out, another node owns the delivery now.
    private async Task UpdateAsync(SwitchboardDb db, string id, long lease,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<PushDelivery>> setters, CancellationToken cancellationToken)
    {
        var written = await db.PushDeliveries
            .Where(d => d.Id == id && d.State == PushDeliveryState.Pending && d.NextAttemptAtMs == lease)
            .ExecuteUpdateAsync(setters, cancellationToken);
        if (written == 0) LogLeaseLost(id);
    }

    /// <summary>Sleeps until the earliest pending delivery is due, a poll interval at most, or until woken.</summary>
    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        long? earliest;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
            earliest = await db.PushDeliveries.Where(d => d.State == PushDeliveryState.Pending).MinAsync(d => (long?)d.NextAttemptAtMs, stoppingToken);
        }
        var wait = options.Poll;
        if (earliest is { } due)
        {
            var untilDue = TimeSpan.FromMilliseconds(Math.Max(0, due - NowMs()));
            if (untilDue < wait) wait = untilDue;
        }
        if (wait <= TimeSpan.Zero) return;
        using var woken = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sleep = Task.Delay(wait, clock, woken.Token);
        var signal = wakeup.WaitAsync(woken.Token);
        await Task.WhenAny(sleep, signal);
        await woken.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    private long NowMs() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static string? Trim(string? error) => error is null || error.Length <= 500 ? error : error[..500];

    private readonly record struct DueDelivery(string Id, long NextAttemptAtMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Push dispatch failed; retrying after the poll interval")]
    private partial void LogDispatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push delivery {DeliveryId} of application {SdkAppId} failed after {Attempts} attempts: {Error}")]
    private partial void LogDeliveryFailed(string deliveryId, long sdkAppId, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push delivery {DeliveryId} outlived its lease; another node may have sent it again")]
    private partial void LogLeaseLost(string deliveryId);
}
