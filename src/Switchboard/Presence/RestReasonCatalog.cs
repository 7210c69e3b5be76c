using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;
using Switchboard.Tenancy;

namespace Switchboard.Presence;

/// <summary>
/// Each application's rest reasons: the breaks its agents may take (<c>rest</c> with one of these as reason).
/// Read on every rest request and login, so lists are cached for <see cref="CacheLifetime"/>; a change made
/// through this instance applies at once, one made by the CLI in another process within that time.
/// </summary>
public sealed class RestReasonCatalog(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>What an application offers until its own list is set.</summary>
    public static readonly IReadOnlyList<string> Defaults = ["Meal", "Meeting", "Training"];

    /// <summary>How long a list is served from memory.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);

    /// <summary>Most reasons an application may have; the workstation shows them all in one menu.</summary>
    public const int MaxReasons = 20;

    /// <summary>Longest reason, in characters.</summary>
    public const int MaxReasonLength = 32;

    private readonly ExpiringCache<long, IReadOnlyList<string>> _lists = new(time, capacity: 10_000);

    /// <summary>The application's rest reasons, in menu order.</summary>
    public async Task<IReadOnlyList<string>> ForApplicationAsync(long sdkAppId, CancellationToken cancellationToken)
    {
        if (_lists.TryGet(sdkAppId, out var cached)) return cached;
        var generation = _lists.Generation;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var stored = await db.ApplicationRestReasons.AsNoTracking()
            .Where(r => r.SdkAppId == sdkAppId).Select(r => r.Reasons).FirstOrDefaultAsync(cancellationToken);
        IReadOnlyList<string> reasons = stored is { Count: > 0 } ? stored.AsReadOnly() : Defaults;
        _lists.Set(sdkAppId, reasons, CacheLifetime, generation);
        return reasons;
    }

    /// <summary>Replaces the application's rest reasons; throws <see cref="TenancyException"/> naming what is wrong.</summary>
    public async Task SetAsync(long sdkAppId, IReadOnlyList<string> reasons, CancellationToken cancellationToken)
    {
        var cleaned = Validate(reasons);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        await RequireApplicationAsync(db, sdkAppId, cancellationToken);
        var row = await db.ApplicationRestReasons.FirstOrDefaultAsync(r => r.SdkAppId == sdkAppId, cancellationToken);
        if (row is null) db.ApplicationRestReasons.Add(row = new ApplicationRestReasons { SdkAppId = sdkAppId });
        row.Reasons = cleaned;
        row.ModifiedAt = time.GetUtcNow().ToUnixTimeSeconds();
        await db.SaveChangesAsync(cancellationToken);
        _lists.Invalidate(sdkAppId);
    }

    /// <summary>Throws <see cref="TenancyException"/> unless the application exists.</summary>
    public async Task RequireApplicationAsync(long sdkAppId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await RequireApplicationAsync(scope.ServiceProvider.GetRequiredService<SwitchboardDb>(), sdkAppId, cancellationToken);
    }

    private static async Task RequireApplicationAsync(SwitchboardDb db, long sdkAppId, CancellationToken cancellationToken)
    {
        if (!await db.Applications.AnyAsync(a => a.SdkAppId == sdkAppId, cancellationToken))
            throw new TenancyException($"Application {sdkAppId} does not exist.");
    }

    internal static List<string> Validate(IReadOnlyList<string> reasons)
    {
        var cleaned = reasons.Select(r => r.Trim()).ToList();
        if (cleaned.Count is 0 or > MaxReasons)
            throw new TenancyException($"An application needs 1 to {MaxReasons} rest reasons.");
        foreach (var reason in cleaned)
        {
            if (reason.Length is 0 or > MaxReasonLength || reason.Any(char.IsControl))
                throw new TenancyException($"'{reason}' is not a rest reason: use 1 to {MaxReasonLength} printable characters.");
        }
        var duplicate = cleaned.GroupBy(r => r, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new TenancyException($"The rest reason '{duplicate.Key}' is listed twice.");
        return cleaned;
    }
}
