using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Tenancy;

/// <summary>
/// Creates, lists and revokes API keys, and finds the signing key for a SecretId. The lookup runs on
/// every API request, so answers are cached in memory: a found key for <see cref="FoundKeyLifetime"/>,
/// an unknown SecretId for <see cref="UnknownKeyLifetime"/>. Revoking through this instance takes
/// effect at once; a revocation made by another process (the CLI, another node) within
/// <see cref="FoundKeyLifetime"/>.
/// </summary>
public sealed class ApiKeyStore(
    IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time, ILogger<ApiKeyStore> logger)
{
    /// <summary>How long a found key is served from memory.</summary>
    public static readonly TimeSpan FoundKeyLifetime = TimeSpan.FromSeconds(30);

    /// <summary>How long "no such key" is remembered; short, so a key created elsewhere works almost at once.</summary>
    public static readonly TimeSpan UnknownKeyLifetime = TimeSpan.FromSeconds(5);

    private const int MaxSecretIdLength = 64;
    private const int MaxDescriptionLength = 200;
    private readonly IDataProtector _protector = protection.CreateProtector("Switchboard.Tenancy.ApiKey.v1");
    private readonly ExpiringCache<string, SigningKey?> _signingKeys = new(time, capacity: 10_000);

    /// <summary>The active key for <paramref name="secretId"/>, or null when unknown or revoked. Callers must not modify the returned bytes.</summary>
    public ValueTask<SigningKey?> FindSigningKeyAsync(string secretId, CancellationToken cancellationToken)
    {
        if (_signingKeys.TryGet(secretId, out var cached)) return ValueTask.FromResult(cached);
        // Longer than any stored SecretId: no need to ask the store, nor to remember the answer.
        if (secretId.Length > MaxSecretIdLength) return ValueTask.FromResult<SigningKey?>(null);
        return LoadSigningKeyAsync(secretId, cancellationToken);
    }

    /// <summary>Creates a key pair for <paramref name="ownerId"/>; the answer is the only copy of the SecretKey in plain text.</summary>
    public async Task<IssuedApiKey> CreateAsync(long ownerId, string? description, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        if (!await db.Owners.AnyAsync(o => o.Id == ownerId, cancellationToken))
            throw new TenancyException($"Owner {ownerId} does not exist.");
        var issued = Add(db, ownerId, description, time.GetUtcNow().ToUnixTimeSeconds());
        await db.SaveChangesAsync(cancellationToken);
        // A caller may have probed this SecretId before it existed.
        _signingKeys.Invalidate(issued.SecretId);
        return issued;
    }

    /// <summary>Keys of <paramref name="ownerId"/>, or of every owner when null, oldest first; never the secrets.</summary>
    public async Task<IReadOnlyList<ApiKeySummary>> ListAsync(long? ownerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var query = db.ApiKeys.AsNoTracking();
        if (ownerId is { } id) query = query.Where(k => k.OwnerId == id);
        return await query.OrderBy(k => k.CreatedAt).ThenBy(k => k.SecretId)
            .Select(k => new ApiKeySummary(k.SecretId, k.OwnerId, k.Description, k.CreatedAt, k.RevokedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Stops <paramref name="secretId"/> from authenticating; revoking a revoked key changes nothing.</summary>
    public async Task<ApiKeySummary> RevokeAsync(string secretId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.SecretId == secretId, cancellationToken)
            ?? throw new TenancyException($"API key {secretId} does not exist.");
        if (key.RevokedAt is null)
        {
            key.RevokedAt = time.GetUtcNow().ToUnixTimeSeconds();
            await db.SaveChangesAsync(cancellationToken);
        }
        _signingKeys.Invalidate(secretId);
        return new ApiKeySummary(key.SecretId, key.OwnerId, key.Description, key.CreatedAt, key.RevokedAt);
    }

    internal IssuedApiKey Add(SwitchboardDb db, long ownerId, string? description, long now)
    {
        description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (description?.Length > MaxDescriptionLength)
            throw new TenancyException($"Key description is longer than {MaxDescriptionLength} characters.");
        var issued = new IssuedApiKey(CredentialGenerator.NewSecretId(), CredentialGenerator.NewSecretKey(), ownerId, description, now);
        db.ApiKeys.Add(new ApiKey
        {
            SecretId = issued.SecretId,
            OwnerId = ownerId,
            ProtectedSecretKey = _protector.Protect(issued.SecretKey),
            Description = description,
            CreatedAt = now,
        });
        return issued;
    }

    private async ValueTask<SigningKey?> LoadSigningKeyAsync(string secretId, CancellationToken cancellationToken)
    {
        var generation = _signingKeys.Generation;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var key = await db.ApiKeys.AsNoTracking()
            .Where(k => k.SecretId == secretId && k.RevokedAt == null)
            .Select(k => new { k.OwnerId, k.ProtectedSecretKey })
            .FirstOrDefaultAsync(cancellationToken);
        var signingKey = key is null ? null : Unprotect(secretId, key.OwnerId, key.ProtectedSecretKey);
        _signingKeys.Set(secretId, signingKey, signingKey is null ? UnknownKeyLifetime : FoundKeyLifetime, generation);
        return signingKey;
    }

    private SigningKey? Unprotect(string secretId, long ownerId, string protectedSecretKey)
    {
        try
        {
            return new SigningKey(secretId, ownerId, Encoding.UTF8.GetBytes(_protector.Unprotect(protectedSecretKey)));
        }
        catch (CryptographicException e)
        {
            // The key ring that encrypted this SecretKey is gone or differs (another data folder, a
            // node without the shared ring). Callers see an unknown key; the operator sees why.
            logger.LogError(e, "Cannot decrypt the SecretKey of API key {SecretId}: the Data Protection key ring does not match the store", secretId);
            return null;
        }
    }
}
