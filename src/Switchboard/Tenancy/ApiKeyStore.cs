using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Tenancy;

/// <summary>Creates, lists and revokes API keys, and finds the signing key for a SecretId.</summary>
public sealed class ApiKeyStore(IServiceScopeFactory scopes, IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Switchboard.Tenancy.ApiKey.v1");

    /// <summary>The active key for <paramref name="secretId"/>, or null when unknown or revoked.</summary>
    public async ValueTask<SigningKey?> FindSigningKeyAsync(string secretId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var key = await db.ApiKeys.AsNoTracking()
            .FirstOrDefaultAsync(k => k.SecretId == secretId && k.RevokedAt == null, cancellationToken);
        if (key is null) return null;
        return new SigningKey(key.SecretId, key.OwnerId,
            System.Text.Encoding.UTF8.GetBytes(_protector.Unprotect(key.ProtectedSecretKey)));
    }
}
