using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Switchboard.Storage;

namespace Switchboard.Tenancy;

/// <summary>
/// On a store without any owner, creates the default owner, one application, one API key and one
/// admin account, and prints their credentials once so the quickstart works without the CLI.
/// </summary>
public sealed class FirstStartBootstrap(
    IServiceScopeFactory scopes, ApiKeyStore keys, TimeProvider time, IOptions<FirstStartOptions> options)
{
    /// <summary>Name of the owner created on first start.</summary>
    public const string DefaultOwnerName = "default";

    /// <summary>Name of the application created on first start.</summary>
    public const string DefaultApplicationName = "Default application";

    /// <summary>Login of the admin account created on first start.</summary>
    public const string DefaultAdminLogin = "admin@localhost";

    // Any constant works; it only has to be the same on every node of a cluster.
    private const long PostgresSeedLock = 0x5357_4254_5345_4544;

    /// <summary>Seeds an empty store and prints the credentials; answers false (and prints nothing) when owners exist.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var credentials = await SeedAsync(cancellationToken);
        if (credentials is null) return false;
        FirstStartAnnouncement.Write(options.Value.Output ?? Console.Out, credentials);
        return true;
    }

    private async Task<FirstStartCredentials?> SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        // Nodes starting together on one empty store must seed once. SQLite's write transaction
        // (BEGIN IMMEDIATE) already serializes them; PostgreSQL needs an explicit lock.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresSeedLock})", cancellationToken);
        if (await db.Owners.AnyAsync(cancellationToken)) return null;

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var owner = OwnerDirectory.Add(db, DefaultOwnerName, now);
        await db.SaveChangesAsync(cancellationToken);
        var application = await ApplicationDirectory.AddAsync(db, owner.Id, DefaultApplicationName, now, cancellationToken);
        var key = keys.Add(db, owner.Id, "Created on first start", now);
        var (admin, password) = AdminAccountStore.Add(db, owner.Id, DefaultAdminLogin, password: null, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FirstStartCredentials(application.SdkAppId, key.SecretId, key.SecretKey, admin.UserName, password!);
    }
}
