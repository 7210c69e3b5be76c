using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Switchboard.Staff;

/// <summary>
/// Keeps recently read DescribeStaffInfoList and DescribeSkillGroupInfoList pages per application, so a
/// backend polling its agents costs no database work until something changes.
/// </summary>
/// <remarks>
/// <para>Consistency on one node: every application has a state word made of a generation and the number of
/// writes in flight. A write (<see cref="BeginWrite"/>) advances the generation when it starts and again when
/// it ends, after its commit. A page is stored with the word it was read under, and only when no write was in
/// flight as the read began and the word is still unchanged after it; it is served only while the word is
/// unchanged and no write is in flight. So a read never sees a page older than the last write this process
/// finished, and a read that overlaps a write always goes to the database.</para>
/// <para>Other processes writing to the same database (other cluster nodes on PostgreSQL, a second server on
/// the same SQLite file) are not seen until a page's <see cref="StaffReadCacheOptions.TimeToLive"/> runs out.</para>
/// <para>Memory: pages are weighed by their rows; when all of them together exceed
/// <see cref="StaffReadCacheOptions.MaxRows"/>, the least recently used go first. Pages outdated by a write are
/// never used again and are among the first to go.</para>
/// </remarks>
public sealed class StaffReadCache : IDisposable
{
    // The generation lives in the high 32 bits, the writes in flight in the low 32: one atomic word, so a
    // reader can never pair a generation with the wrong in-flight count.
    private const long Generation = 1L << 32;
    private const long WritersMask = Generation - 1;

    // One small entry per application ever read or written here; callers check ownership first, so these are
    // real applications only.
    private readonly ConcurrentDictionary<long, ApplicationState> _applications = new();
    private readonly MemoryCache _pages;
    private readonly TimeProvider _clock;

    /// <summary>Creates an empty cache.</summary>
    public StaffReadCache(StaffReadCacheOptions options, TimeProvider clock)
    {
        Options = options;
        _clock = clock;
        _pages = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.MaxRows });
    }

    /// <summary>The limits this cache runs with.</summary>
    public StaffReadCacheOptions Options { get; }

    /// <summary>
    /// The page <paramref name="query"/> describes: from memory when a valid copy is there, else from
    /// <paramref name="load"/>, which is then kept if no write to the application overlapped it.
    /// </summary>
    /// <param name="sdkAppId">The application the page belongs to; its writes invalidate the page.</param>
    /// <param name="query">Value-equal description of the page (the request record).</param>
    /// <param name="load">Reads the page from the database.</param>
    /// <param name="rows">The page's row count, its weight against <see cref="StaffReadCacheOptions.MaxRows"/>.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public async Task<TPage> GetOrLoadAsync<TPage>(long sdkAppId, object query,
        Func<CancellationToken, Task<TPage>> load, Func<TPage, int> rows, CancellationToken cancellationToken)
        where TPage : class
    {
        if (!Options.Enabled) return await load(cancellationToken);

        var application = _applications.GetOrAdd(sdkAppId, static _ => new ApplicationState());
        var word = Volatile.Read(ref application.Word);
        var key = (sdkAppId, query);
        if ((word & WritersMask) != 0) return await load(cancellationToken);
        if (_pages.TryGetValue(key, out CachedPage? cached) && cached!.Word == word && IsFresh(cached))
            return (TPage)cached.Page;

        var loadedAt = _clock.GetTimestamp();
        var page = await load(cancellationToken);
        if (Volatile.Read(ref application.Word) == word)
            _pages.Set(key, new CachedPage(word, loadedAt, page), new MemoryCacheEntryOptions { Size = rows(page) + 1L });
        return page;
    }

    /// <summary>
    /// Marks a write to the application's agents, skill groups or memberships as in flight until the returned
    /// scope is disposed, which must happen after the write commits (or fails). Every such write in this
    /// process must hold one, or reads may keep answering what it replaced.
    /// </summary>
    public StaffWrite BeginWrite(long sdkAppId)
    {
        var application = _applications.GetOrAdd(sdkAppId, static _ => new ApplicationState());
        Interlocked.Add(ref application.Word, Generation + 1);
        return new StaffWrite(() =>
        {
            Interlocked.Add(ref application.Word, Generation - 1);
            WriteEnded?.Invoke(sdkAppId);
        });
    }

    /// <summary>
    /// Raised with the application's id when a write to its agents, skill groups or memberships ended (committed or
    /// failed): live holders of staff data, such as the chat desk, reload then.
    /// </summary>
    public event Action<long>? WriteEnded;

    /// <inheritdoc />
    public void Dispose() => _pages.Dispose();

    // Measured from when the load began, so no page outlives the time to live counted from its database read.
    private bool IsFresh(CachedPage page) =>
        Options.TimeToLive is not { } timeToLive || _clock.GetElapsedTime(page.LoadedAt) < timeToLive;

    private sealed class ApplicationState
    {
        public long Word;
    }

    private sealed record CachedPage(long Word, long LoadedAt, object Page);
}
