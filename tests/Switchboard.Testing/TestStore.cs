using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Switchboard.Storage;

namespace Switchboard.Testing;

/// <summary>
/// A fresh, empty store for one test or test class: a SQLite file in its own temporary folder, or,
/// when <c>SWITCHBOARD_TEST_POSTGRES</c> holds a connection string, a new PostgreSQL database on that
/// server. Disposing removes it.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    /// <summary>Environment variable with a PostgreSQL connection string (a user allowed to create databases).</summary>
    public const string PostgresVariable = "SWITCHBOARD_TEST_POSTGRES";

    private readonly string? _postgresServer;
    private readonly string? _databaseName;
    private readonly string? _directory;

    private TestStore(Dictionary<string, string?> configuration, string? postgresServer, string? databaseName, string? directory)
    {
        Configuration = configuration;
        _postgresServer = postgresServer;
        _databaseName = databaseName;
        _directory = directory;
    }

    /// <summary>Settings that point the server (or the CLI) at this store, e.g. <c>Storage:DataDirectory</c>.</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; }

    /// <summary>True when this run tests PostgreSQL instead of SQLite.</summary>
    public bool IsPostgres => _databaseName is not null;

    /// <summary>The store settings the server derives from <see cref="Configuration"/>.</summary>
    public StorageSettings Settings => StorageSettings.From(new ConfigurationBuilder().AddInMemoryCollection(Configuration).Build());

    /// <summary><see cref="Configuration"/> as command-line overrides (<c>--Storage:DataDirectory DIR</c>).</summary>
    public string[] CommandLineArguments => [.. Configuration.SelectMany(kv => new[] { $"--{kv.Key}", kv.Value ?? "" })];

    /// <summary>Creates an empty store; nothing is migrated until a server, a CLI command or <c>PrepareStorageAsync</c> runs.</summary>
    public static async Task<TestStore> CreateAsync(CancellationToken cancellationToken = default)
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            var directory = Path.Combine(Path.GetTempPath(), "switchboard-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            return new TestStore(new() { ["Storage:DataDirectory"] = directory }, null, null, directory);
        }

        var name = "switchboard_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestStore(new() { ["ConnectionStrings:Postgres"] = database }, server, name, null);
    }

    /// <summary>
    /// A service provider with this store, Data Protection and the tenancy services, as the server
    /// registers them; <paramref name="configure"/> may replace services (a fake clock, an output writer).
    /// </summary>
    public ServiceProvider BuildServices(Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Configuration).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSwitchboardStorage(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>
    /// Everything the store holds as raw text or bytes: every file of the SQLite folder (database, WAL,
    /// key ring) or every row of every PostgreSQL table. For asserting what never reaches storage.
    /// </summary>
    public async Task<byte[]> ReadEverythingStoredAsync(CancellationToken cancellationToken = default)
    {
        if (_directory is not null)
        {
            using var all = new MemoryStream();
            foreach (var file in Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories))
            {
                // Open shared: the store may still be open in a connection pool.
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                await stream.CopyToAsync(all, cancellationToken);
            }
            return all.ToArray();
        }

        var text = new StringBuilder();
        await using var connection = new NpgsqlConnection(Configuration["ConnectionStrings:Postgres"]);
        await connection.OpenAsync(cancellationToken);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" t", connection);
            await using var reader = await rows.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) text.AppendLine(reader.GetString(0));
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            // Pooled connections keep the file open; release them so the folder can go.
            SqliteConnection.ClearPool(new SqliteConnection(Settings.SqliteConnectionString));
            try { Directory.Delete(_directory, recursive: true); }
            catch (IOException) { /* a server still shutting down holds a file; the OS temp cleaner takes it */ }
            return;
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(Settings.PostgresConnectionString));
        await using var connection = new NpgsqlConnection(_postgresServer);
        await connection.OpenAsync();
        // FORCE ends sessions a stopped test server may have left behind.
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
