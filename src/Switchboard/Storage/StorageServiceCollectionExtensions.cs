using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Switchboard.Tenancy;

namespace Switchboard.Storage;

/// <summary>Registers the durable store chosen by configuration and prepares it at start.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// PostgreSQL when <c>ConnectionStrings:Postgres</c> is set, else SQLite under <c>Storage:DataDirectory</c>
    /// (default <c>./data</c>). Also registers Data Protection and the tenancy services.
    /// </summary>
    public static IServiceCollection AddSwitchboardStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = StorageSettings.From(configuration);
        services.AddSingleton(settings);

        var dataProtection = services.AddDataProtection().SetApplicationName("Switchboard");
        if (settings.UsesPostgres)
        {
            services.AddDbContextPool<SwitchboardDb, PostgresSwitchboardDb>(o => o.UseNpgsql(settings.PostgresConnectionString));
            // Every node of a cluster must decrypt the SecretKeys any other node stored.
            dataProtection.PersistKeysToDbContext<SwitchboardDb>();
        }
        else
        {
            CreatePrivateDirectory(settings.DataDirectory);
            CreatePrivateDirectory(settings.KeyRingDirectory);
            services.AddDbContextPool<SwitchboardDb, SqliteSwitchboardDb>(o => o.UseSqlite(settings.SqliteConnectionString));
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(settings.KeyRingDirectory));
        }

        services.AddTenancy();
        return services;
    }

    /// <summary>Applies migrations and seeds a first owner, application, key and admin on an empty store.</summary>
    public static async Task PrepareStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.MigrateStorageAsync(cancellationToken);
        await services.GetRequiredService<FirstStartBootstrap>().RunAsync(cancellationToken);
    }

    /// <summary>Brings the schema up to date; the management commands stop here and never seed.</summary>
    internal static async Task MigrateStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        if (db.Database.IsSqlite())
        {
            // WAL is a property of the file, so setting it once is enough; it lets the server read
            // while a management command writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        // EF's own PostgreSQL migration lock lasts one migration's transaction: with two or more migrations pending,
        // nodes starting together on an empty store applied the same migration twice. A session-level advisory
        // lock on one open connection holds for the whole run; the nodes that wait then find nothing to apply.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync(LockMigrations, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(UnlockMigrations, CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    // The key is any number every node agrees on: "Switchbo" in ASCII, as a 64-bit integer.
    private const string LockMigrations = "SELECT pg_advisory_lock(6014391775981494895);";
    private const string UnlockMigrations = "SELECT pg_advisory_unlock(6014391775981494895);";

    private static void CreatePrivateDirectory(string path)
    {
        // The key ring and the store together reveal every SecretKey: keep them away from other local users.
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
