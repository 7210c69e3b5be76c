using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Tenancy;

/// <summary>
/// Creates and lists applications and answers which applications an owner may act on. The ownership
/// answer is asked on every API request, so each owner's application ids are cached for
/// <see cref="CacheLifetime"/>. Applications are never moved between owners, so a cached "yes" stays
/// true; a "no" for an application that is not in the cached set re-reads the store at most once per
/// <see cref="MissRefreshInterval"/>, which makes an application created by the CLI or another node
/// usable within about a second.
/// </summary>
public sealed class ApplicationDirectory(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>How long an owner's set of application ids is trusted.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);

    /// <summary>Shortest time between two store reads triggered by unknown application ids of one owner.</summary>
    public static readonly TimeSpan MissRefreshInterval = TimeSpan.FromSeconds(1);

    private const int MaxIdAttempts = 20;
    private readonly ExpiringCache<long, OwnedApplications> _owned = new(time, capacity: 10_000);

    /// <summary>True when <paramref name="sdkAppId"/> exists and belongs to <paramref name="ownerId"/>.</summary>
    public ValueTask<bool> IsOwnedByAsync(long ownerId, long sdkAppId, CancellationToken cancellationToken)
    {
        if (_owned.TryGet(ownerId, out var owned))
        {
            if (owned.SdkAppIds.Contains(sdkAppId)) return ValueTask.FromResult(true);
            if (time.GetElapsedTime(owned.LoadedAt) < MissRefreshInterval) return ValueTask.FromResult(false);
        }
        return ReloadAsync(ownerId, sdkAppId, cancellationToken);
    }

    /// <summary>Creates an application with a fresh random SdkAppId for <paramref name="ownerId"/>.</summary>
    public async Task<Application> CreateAsync(long ownerId, string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        if (!await db.Owners.AnyAsync(o => o.Id == ownerId, cancellationToken))
            throw new TenancyException($"Owner {ownerId} does not exist.");
        var application = await AddAsync(db, ownerId, name, time.GetUtcNow().ToUnixTimeSeconds(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        _owned.Invalidate(ownerId);
        return application;
    }

    /// <summary>Applications of <paramref name="ownerId"/>, or of every owner when null, oldest first.</summary>
    public async Task<IReadOnlyList<Application>> ListAsync(long? ownerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var query = db.Applications.AsNoTracking();
        if (ownerId is { } id) query = query.Where(a => a.OwnerId == id);
        return await query.OrderBy(a => a.CreatedAt).ThenBy(a => a.SdkAppId).ToListAsync(cancellationToken);
    }

    internal static async Task<Application> AddAsync(SwitchboardDb db, long ownerId, string name, long now, CancellationToken cancellationToken)
    {
        var application = new Application
        {
            SdkAppId = await FreeSdkAppIdAsync(db, cancellationToken),
            OwnerId = ownerId,
            Name = DisplayNames.Require(name, "Application"),
            CreatedAt = now,
        };
        db.Applications.Add(application);
        return application;
    }

    private static async Task<long> FreeSdkAppIdAsync(SwitchboardDb db, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxIdAttempts; attempt++)
        {
            var candidate = CredentialGenerator.NewSdkAppId();
            if (!await db.Applications.AnyAsync(a => a.SdkAppId == candidate, cancellationToken)) return candidate;
        }
        throw new TenancyException("Could not find a free SdkAppId; the id range is nearly exhausted.");
    }

    private async ValueTask<bool> ReloadAsync(long ownerId, long sdkAppId, CancellationToken cancellationToken)
    {
        var generation = _owned.Generation;
        var loadedAt = time.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var ids = await db.Applications.Where(a => a.OwnerId == ownerId).Select(a => a.SdkAppId).ToListAsync(cancellationToken);
        var owned = new OwnedApplications(ids.ToFrozenSet(), loadedAt);
        _owned.Set(ownerId, owned, CacheLifetime, generation);
        return owned.SdkAppIds.Contains(sdkAppId);
    }

    private sealed record OwnedApplications(FrozenSet<long> SdkAppIds, long LoadedAt);
}
