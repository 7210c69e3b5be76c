using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Chat.Visitors.Identity;

/// <summary>
/// Answers whether an application exists, for requests that carry an sdkAppId but no API key (the widget). Only
/// "yes" is remembered, so ids a caller invents cannot fill memory.
/// </summary>
public sealed class ChatApplications(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<long, bool> _known = new();

    /// <summary>True when the application exists.</summary>
    public async ValueTask<bool> ExistsAsync(long sdkAppId, CancellationToken cancellationToken)
    {
        if (_known.ContainsKey(sdkAppId)) return true;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        if (!await db.Applications.AnyAsync(a => a.SdkAppId == sdkAppId, cancellationToken)) return false;
        _known.TryAdd(sdkAppId, true);
        return true;
    }
}
