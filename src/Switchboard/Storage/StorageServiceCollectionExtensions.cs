using Microsoft.EntityFrameworkCore;

namespace Switchboard.Storage;

/// <summary>Registers the durable store chosen by configuration.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// PostgreSQL when <c>ConnectionStrings:Postgres</c> is set, else SQLite under <c>Storage:DataDirectory</c>
    /// (default <c>./data</c>). Also registers Data Protection and the tenancy services.
    /// </summary>
    public static IServiceCollection AddSwitchboardStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var dataDirectory = configuration["Storage:DataDirectory"] ?? "data";
        Directory.CreateDirectory(dataDirectory);
        services.AddDbContext<SwitchboardDb, SqliteSwitchboardDb>(o =>
            o.UseSqlite($"Data Source={Path.Combine(dataDirectory, "switchboard.db")}"));
        services.AddDataProtection();
        services.AddSingleton<Tenancy.ApiKeyStore>();
        services.AddSingleton<Tenancy.ApplicationDirectory>();
        return services;
    }

    /// <summary>Applies migrations and seeds a first owner, application, key and admin on an empty store.</summary>
    public static async Task PrepareStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
    }
}
