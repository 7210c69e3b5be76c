using System.Globalization;

namespace Switchboard.Staff;

/// <summary>How long <see cref="StaffReadCache"/> may answer from memory, and how much it may hold.</summary>
public sealed record StaffReadCacheOptions
{
    /// <summary>
    /// Configuration key of <see cref="TimeToLive"/> in milliseconds: <c>0</c> turns the cache off, a negative
    /// value keeps pages until a write in this process replaces them. Absent: see <see cref="From"/>.
    /// </summary>
    public const string MillisecondsKey = "Staff:ReadCacheMilliseconds";

    /// <summary>Configuration key of <see cref="MaxRows"/>.</summary>
    public const string MaxRowsKey = "Staff:ReadCacheMaxRows";

    /// <summary>
    /// Default <see cref="TimeToLive"/> on PostgreSQL: other nodes write to the same database without telling
    /// this one, so a cached page may miss their changes for at most this long.
    /// </summary>
    public static readonly TimeSpan SharedStoreDefault = TimeSpan.FromSeconds(1);

    /// <summary>Default <see cref="MaxRows"/>: a few tens of megabytes of agents at most.</summary>
    public const long DefaultMaxRows = 100_000;

    /// <summary>
    /// How long a page may be served after it was read from the database; null for no time limit (only
    /// writes in this process end it), <see cref="TimeSpan.Zero"/> to read the database every time.
    /// </summary>
    public TimeSpan? TimeToLive { get; init; }

    /// <summary>Upper bound of the rows (agents or skill groups, plus one per page) all cached pages hold together.</summary>
    public long MaxRows { get; init; } = DefaultMaxRows;

    /// <summary>False when <see cref="TimeToLive"/> is zero.</summary>
    public bool Enabled => TimeToLive != TimeSpan.Zero;

    /// <summary>
    /// Reads <see cref="MillisecondsKey"/> and <see cref="MaxRowsKey"/>. Without a configured time to live, a
    /// single node on its own SQLite file caches until invalidated, and a node on PostgreSQL (the cluster store,
    /// <c>ConnectionStrings:Postgres</c>) for <see cref="SharedStoreDefault"/>.
    /// </summary>
    public static StaffReadCacheOptions From(IConfiguration? configuration)
    {
        var sharedStore = !string.IsNullOrWhiteSpace(configuration?.GetConnectionString("Postgres"));
        var milliseconds = ReadLong(configuration, MillisecondsKey);
        return new StaffReadCacheOptions
        {
            TimeToLive = milliseconds switch
            {
                null => sharedStore ? SharedStoreDefault : null,
                < 0 => null,
                _ => TimeSpan.FromMilliseconds(milliseconds.Value),
            },
            MaxRows = ReadLong(configuration, MaxRowsKey) is { } maxRows
                ? maxRows >= 1 ? maxRows : throw new InvalidOperationException($"{MaxRowsKey} must be at least 1, not {maxRows}.")
                : DefaultMaxRows,
        };
    }

    private static long? ReadLong(IConfiguration? configuration, string key)
    {
        var text = configuration?[key];
        if (string.IsNullOrWhiteSpace(text)) return null;
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"{key} must be a whole number, not '{text}'.");
    }
}
