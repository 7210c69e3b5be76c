using Microsoft.Extensions.Time.Testing;
using Switchboard.Staff;

namespace Switchboard.Tests.Staff;

/// <summary>
/// The read cache against a stand-in database (<see cref="Store"/>): when it answers from memory, and that
/// no write it was told about can leave an outdated page behind.
/// </summary>
public sealed class StaffReadCacheTests : IDisposable
{
    private const long App = 1600000001;
    private const long OtherApp = 1600000002;

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
    private readonly Store _store = new();
    private StaffReadCache _cache;

    public StaffReadCacheTests() => _cache = new StaffReadCache(new StaffReadCacheOptions(), _clock);

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task A_repeated_read_is_answered_from_memory_with_the_same_page()
    {
        var first = await ReadAsync(App, "page 0");
        var second = await ReadAsync(App, "page 0");

        Assert.Same(first, second);
        Assert.Equal(1, _store.Loads);
    }

    [Fact]
    public async Task Pages_are_kept_apart_by_query_and_application()
    {
        await ReadAsync(App, "page 0");
        await ReadAsync(App, "page 1");
        await ReadAsync(OtherApp, "page 0");
        await ReadAsync(App, "page 0");

        Assert.Equal(3, _store.Loads);
    }

    [Fact]
    public async Task A_finished_write_sends_the_next_read_of_its_application_to_the_database()
    {
        await ReadAsync(App, "page 0");
        await ReadAsync(OtherApp, "page 0");
        _store.Write(_cache, App);

        Assert.Equal(_store.Value, (await ReadAsync(App, "page 0")).Value);
        await ReadAsync(OtherApp, "page 0");
        Assert.Equal(3, _store.Loads);
    }

    [Fact]
    public async Task While_a_write_is_in_flight_every_read_goes_to_the_database_and_nothing_is_kept()
    {
        await ReadAsync(App, "page 0");
        using (_cache.BeginWrite(App))
        {
            await ReadAsync(App, "page 0");
            await ReadAsync(App, "page 0");
            Assert.Equal(3, _store.Loads);
        }
        await ReadAsync(App, "page 0");
        await ReadAsync(App, "page 0");
        Assert.Equal(4, _store.Loads);
    }

    [Fact]
    public async Task A_read_overlapped_by_a_whole_write_is_not_kept()
    {
        // The write begins and commits between the database read and the moment the page would be stored.
        var page = await _cache.GetOrLoadAsync(App, "page 0", async _ =>
        {
            var read = new Page(_store.Value);
            _store.Write(_cache, App);
            await Task.Yield();
            return read;
        }, _ => 1, TestContext.Current.CancellationToken);

        Assert.NotEqual(_store.Value, page.Value);
        Assert.Equal(_store.Value, (await ReadAsync(App, "page 0")).Value);
    }

    [Fact]
    public async Task A_read_that_a_write_begins_during_is_not_kept()
    {
        StaffWrite? write = null;
        await _cache.GetOrLoadAsync(App, "page 0", _ =>
        {
            write = _cache.BeginWrite(App);
            return Task.FromResult(new Page(_store.Value));
        }, _ => 1, TestContext.Current.CancellationToken);
        _store.Value++;
        write!.Dispose();

        Assert.Equal(_store.Value, (await ReadAsync(App, "page 0")).Value);
    }

    [Fact]
    public async Task Ending_a_write_twice_counts_once()
    {
        var write = _cache.BeginWrite(App);
        write.Dispose();
        write.Dispose();

        await ReadAsync(App, "page 0");
        await ReadAsync(App, "page 0");
        Assert.Equal(1, _store.Loads);
    }

    [Fact]
    public async Task A_failed_load_is_not_kept()
    {
        await Assert.ThrowsAsync<TimeoutException>(() =>
            _cache.GetOrLoadAsync<Page>(App, "page 0", _ => throw new TimeoutException(), _ => 1, TestContext.Current.CancellationToken));

        await ReadAsync(App, "page 0");
        Assert.Equal(1, _store.Loads);
    }

    [Fact]
    public async Task With_a_time_to_live_a_page_expires_that_long_after_its_database_read_began()
    {
        UseOptions(new StaffReadCacheOptions { TimeToLive = TimeSpan.FromSeconds(1) });
        // The load itself takes 300 ms; the page's age counts from before it.
        await _cache.GetOrLoadAsync(App, "page 0", _ =>
        {
            _clock.Advance(TimeSpan.FromMilliseconds(300));
            return Task.FromResult(new Page(_store.Value));
        }, _ => 1, TestContext.Current.CancellationToken);
        _store.Value = 42; // changed by another node: nothing in this process hears of it

        _clock.Advance(TimeSpan.FromMilliseconds(699));
        Assert.NotEqual(42, (await ReadAsync(App, "page 0")).Value);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(42, (await ReadAsync(App, "page 0")).Value);
    }

    [Fact]
    public async Task Without_a_time_to_live_a_page_stays_until_a_write()
    {
        await ReadAsync(App, "page 0");
        _clock.Advance(TimeSpan.FromDays(30));
        await ReadAsync(App, "page 0");

        Assert.Equal(1, _store.Loads);
    }

    [Fact]
    public async Task A_zero_time_to_live_reads_the_database_every_time()
    {
        UseOptions(new StaffReadCacheOptions { TimeToLive = TimeSpan.Zero });
        await ReadAsync(App, "page 0");
        await ReadAsync(App, "page 0");

        Assert.Equal(2, _store.Loads);
    }

    [Fact]
    public async Task A_page_heavier_than_the_whole_budget_is_never_kept()
    {
        UseOptions(new StaffReadCacheOptions { MaxRows = 10 });
        await ReadAsync(App, "big", rows: 10);
        await ReadAsync(App, "big", rows: 10);
        await ReadAsync(App, "small", rows: 8);
        await ReadAsync(App, "small", rows: 8);

        Assert.Equal(3, _store.Loads);
    }

    [Fact]
    public async Task Concurrent_writes_and_reads_never_answer_older_than_the_last_finished_write()
    {
        var (finished, reads, readersLeft) = (0, 0, 4);
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                _store.Write(_cache, App);
                Volatile.Write(ref finished, _store.Value);
                // Let a few reads through before the next write, so pages get stored and served in between.
                var wanted = Volatile.Read(ref reads) + 8;
                while (Volatile.Read(ref reads) < wanted && Volatile.Read(ref readersLeft) > 0) await Task.Yield();
            }
        }, TestContext.Current.CancellationToken);
        var readers = Enumerable.Range(0, readersLeft).Select(_ => Task.Run(async () =>
        {
            try
            {
                while (!writer.IsCompleted)
                {
                    var floor = Volatile.Read(ref finished);
                    var page = await ReadAsync(App, "page 0");
                    Interlocked.Increment(ref reads);
                    Assert.True(page.Value >= floor, $"read {page.Value} after write {floor} had finished");
                }
            }
            finally
            {
                Interlocked.Decrement(ref readersLeft); // a failed reader must not leave the writer waiting
            }
        }, TestContext.Current.CancellationToken)).ToList();
        await Task.WhenAll(readers.Append(writer));

        Assert.Equal(300, (await ReadAsync(App, "page 0")).Value);
        Assert.True(_store.Loads < reads, $"{_store.Loads} loads for {reads} reads: the cache answered none");
    }

    private Task<Page> ReadAsync(long sdkAppId, string query, int rows = 1) =>
        _cache.GetOrLoadAsync(sdkAppId, query, async _ =>
        {
            Interlocked.Increment(ref _store.Loads);
            var value = Volatile.Read(ref _store.Value);
            await Task.Yield(); // a real query completes later, giving writes a chance to slip in
            return new Page(value);
        }, _ => rows, TestContext.Current.CancellationToken);

    private void UseOptions(StaffReadCacheOptions options)
    {
        _cache.Dispose();
        _cache = new StaffReadCache(options, _clock);
    }

    private sealed record Page(int Value);

    /// <summary>A stand-in for the database: one number that writes increase, and how often it was read.</summary>
    private sealed class Store
    {
        public int Value;
        public int Loads;

        public void Write(StaffReadCache cache, long sdkAppId)
        {
            using var write = cache.BeginWrite(sdkAppId);
            Interlocked.Increment(ref Value);
        }
    }
}
