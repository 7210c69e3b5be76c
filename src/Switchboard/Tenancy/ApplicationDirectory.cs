using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Tenancy;

/// <summary>Answers which applications an owner may act on.</summary>
public sealed class ApplicationDirectory(IServiceScopeFactory scopes)
{
    /// <summary>True when <paramref name="sdkAppId"/> exists and belongs to <paramref name="ownerId"/>.</summary>
    public async ValueTask<bool> IsOwnedByAsync(long ownerId, long sdkAppId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        return await db.Applications.AnyAsync(a => a.SdkAppId == sdkAppId && a.OwnerId == ownerId, cancellationToken);
    }
}
