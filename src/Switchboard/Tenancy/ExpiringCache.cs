using System.Collections.Concurrent;

namespace Switchboard.Tenancy;

/// <summary>
/// A small time-limited cache for lookups made on every API request. Bounded, because callers can
/// make it remember answers for keys they invent (unknown SecretIds). Invalidation wins over a
/// lookup that was already reading the store when it happened, so a revoked key is never re-cached
/// from a stale read.
/// </summary>
internal sealed class ExpiringCache<TKey, TValue>(TimeProvider time, int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private long _generation;

    /// <summary>Read before querying the store; hand it to <see cref="Set"/> with the answer.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && time.GetTimestamp() < entry.ExpiresAt)
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value, TimeSpan timeToLive, long generationBeforeLookup)
    {
        if (_entries.Count >= capacity) Evict();
        var expiresAt = time.GetTimestamp() + (long)(timeToLive.TotalSeconds * time.TimestampFrequency);
        _entries[key] = new Entry(value, expiresAt);
        // An invalidation may have slipped in while the caller read the store: drop what might be stale.
        if (Generation != generationBeforeLookup) _entries.TryRemove(key, out _);
    }

    public void Invalidate(TKey key)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(key, out _);
    }

    private void Evict()
    {
        var now = time.GetTimestamp();
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now) _entries.TryRemove(key, out _);
        }
        if (_entries.Count >= capacity) _entries.Clear();
    }

    private readonly record struct Entry(TValue Value, long ExpiresAt);
}
