using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Tenancy;

/// <summary>Creates and lists the owners (customers) of this installation.</summary>
public sealed class OwnerDirectory(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Creates an owner named <paramref name="name"/>.</summary>
    public async Task<Owner> CreateAsync(string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var owner = Add(db, name, time.GetUtcNow().ToUnixTimeSeconds());
        await db.SaveChangesAsync(cancellationToken);
        return owner;
    }

    /// <summary>Every owner, oldest first.</summary>
    public async Task<IReadOnlyList<Owner>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        return await db.Owners.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// <paramref name="ownerId"/> when given and it exists; otherwise the oldest owner, which on a
    /// single-owner installation is the only one.
    /// </summary>
    public async Task<long> ResolveAsync(long? ownerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        if (ownerId is { } id)
        {
            return await db.Owners.AnyAsync(o => o.Id == id, cancellationToken)
                ? id
                : throw new TenancyException($"Owner {id} does not exist.");
        }
        var oldest = await db.Owners.OrderBy(o => o.Id).Select(o => (long?)o.Id).FirstOrDefaultAsync(cancellationToken);
        return oldest ?? throw new TenancyException("There is no owner yet: start the server once, or create one with 'owners create --name NAME'.");
    }

    internal static Owner Add(SwitchboardDb db, string name, long now)
    {
        var owner = new Owner { Name = DisplayNames.Require(name, "Owner"), CreatedAt = now };
        db.Owners.Add(owner);
        return owner;
    }
}
