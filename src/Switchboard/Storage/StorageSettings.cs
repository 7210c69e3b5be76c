using Microsoft.Data.Sqlite;

namespace Switchboard.Storage;

/// <summary>Which store this process uses, read from configuration once at start.</summary>
public sealed record StorageSettings
{
    /// <summary>Set when the installation runs on PostgreSQL (<c>ConnectionStrings:Postgres</c>).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>Absolute folder of the SQLite file and, in SQLite mode, the Data Protection key ring.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>True when the store is PostgreSQL rather than the embedded SQLite file.</summary>
    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    /// <summary>The SQLite database file.</summary>
    public string SqliteFile => Path.Combine(DataDirectory, "switchboard.db");

    /// <summary>Where Data Protection keeps its keys in SQLite mode: beside the store they protect.</summary>
    public string KeyRingDirectory => Path.Combine(DataDirectory, "keys");

    /// <summary>Connection string for <see cref="SqliteFile"/>.</summary>
    public string SqliteConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = SqliteFile,
        Pooling = true,
        // Server and CLI may write the same file at once; wait for the lock instead of failing.
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Reads <c>ConnectionStrings:Postgres</c> and <c>Storage:DataDirectory</c> (default <c>data</c>).</summary>
    public static StorageSettings From(IConfiguration configuration)
    {
        var dataDirectory = configuration["Storage:DataDirectory"];
        return new StorageSettings
        {
            PostgresConnectionString = configuration.GetConnectionString("Postgres"),
            DataDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(dataDirectory) ? "data" : dataDirectory),
        };
    }
}
