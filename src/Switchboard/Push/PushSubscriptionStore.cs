using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Push;

/// <summary>
/// Reads and changes an application's subscription and resends its failed deliveries; the cloud actions and the
/// command line both go through it. Callers check the URL and secret with <see cref="PushSubscriptionRules"/> first.
/// </summary>
public sealed class PushSubscriptionStore(SwitchboardDb db, PushSecrets secrets, TimeProvider clock)
{
    /// <summary>The subscription's URL, or null when the application has none.</summary>
    public Task<string?> UrlAsync(long sdkAppId, CancellationToken cancellationToken) =>
        db.PushSubscriptions.AsNoTracking().Where(s => s.SdkAppId == sdkAppId).Select(s => s.Url).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Sets the URL and secret; with no <paramref name="secret"/> one is generated and answered (else null).</summary>
    public async Task<string?> SetAsync(long sdkAppId, string url, string? secret, CancellationToken cancellationToken)
    {
        var generated = string.IsNullOrEmpty(secret) ? PushSecrets.Generate() : null;
        var protectedSecret = secrets.Protect(generated ?? secret!);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var existing = await db.PushSubscriptions.FirstOrDefaultAsync(s => s.SdkAppId == sdkAppId, cancellationToken);
        if (existing is null)
            db.PushSubscriptions.Add(new PushSubscription { SdkAppId = sdkAppId, Url = url, ProtectedSecret = protectedSecret, UpdatedAt = now });
        else
            (existing.Url, existing.ProtectedSecret, existing.UpdatedAt) = (url, protectedSecret, now);
        await db.SaveChangesAsync(cancellationToken);
        return generated;
    }

    /// <summary>Removes the subscription; later events are kept as NoSubscriber. Answers whether there was one.</summary>
    public async Task<bool> RemoveAsync(long sdkAppId, CancellationToken cancellationToken) =>
        await db.PushSubscriptions.Where(s => s.SdkAppId == sdkAppId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Makes every Failed delivery of the application Pending again with fresh attempts; answers how many.</summary>
    public async Task<int> RetryFailedAsync(long sdkAppId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return await db.PushDeliveries
            .Where(d => d.SdkAppId == sdkAppId && d.State == PushDeliveryState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, PushDeliveryState.Pending).SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NextAttemptAtMs, now), cancellationToken);
    }
}
