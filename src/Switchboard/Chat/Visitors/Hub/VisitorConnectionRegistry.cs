using System.Collections.Concurrent;

namespace Switchboard.Chat.Visitors.Hub;

/// <summary>
/// The visitor hub connections open on this node, by application and visitor id, so a session that starts or
/// changes in one tab reaches the visitor's other tabs too.
/// </summary>
public sealed class VisitorConnectionRegistry
{
    private readonly ConcurrentDictionary<(long SdkAppId, string VisitorId), ConcurrentDictionary<string, byte>> _connections = new();

    /// <summary>Records an open connection.</summary>
    public void Add(VisitorIdentity visitor, string connectionId) =>
        _connections.GetOrAdd((visitor.SdkAppId, visitor.VisitorId), _ => new()).TryAdd(connectionId, 0);

    /// <summary>Forgets a closed connection.</summary>
    public void Remove(VisitorIdentity visitor, string connectionId)
    {
        var key = (visitor.SdkAppId, visitor.VisitorId);
        if (!_connections.TryGetValue(key, out var open)) return;
        open.TryRemove(connectionId, out _);
        // Only an empty set is removed; a tab that connected meanwhile re-creates it.
        if (open.IsEmpty) _connections.TryRemove(new KeyValuePair<(long, string), ConcurrentDictionary<string, byte>>(key, open));
    }

    /// <summary>The visitor's connections on this node.</summary>
    public IReadOnlyCollection<string> Of(long sdkAppId, string visitorId) =>
        _connections.TryGetValue((sdkAppId, visitorId), out var open) ? open.Keys.ToArray() : [];
}
