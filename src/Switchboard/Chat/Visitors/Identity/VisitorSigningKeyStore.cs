using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Chat.Visitors.Identity;

/// <summary>
/// Each application's visitor signing key: 32 random bytes made on first use and stored only Data
/// Protection–encrypted. Keys never change once made, so a key read once is kept in memory for good.
/// </summary>
public sealed class VisitorSigningKeyStore(
    IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time, ILogger<VisitorSigningKeyStore> logger)
{
    private const int KeyBytes = 32;
    private readonly IDataProtector _protector = protection.CreateProtector("Switchboard.Chat.VisitorSigningKey.v1");
    private readonly ConcurrentDictionary<long, byte[]> _keys = new();

    /// <summary>
    /// The key of <paramref name="sdkAppId"/>, made now if the application has none yet. Throws
    /// VisitorSigningKeyUnreadableException when a stored key cannot be decrypted (here and in <see cref="FindAsync"/>).
    /// </summary>
    public async ValueTask<byte[]> GetOrCreateAsync(long sdkAppId, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(sdkAppId, out var cached)) return cached;
        var key = await FindStoredAsync(sdkAppId, cancellationToken) ?? await CreateAsync(sdkAppId, cancellationToken);
        return _keys.GetOrAdd(sdkAppId, key);
    }

    /// <summary>The key of <paramref name="sdkAppId"/>, or null when no UserSig was ever made for it (so none can be valid).</summary>
    public async ValueTask<byte[]?> FindAsync(long sdkAppId, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(sdkAppId, out var cached)) return cached;
        var key = await FindStoredAsync(sdkAppId, cancellationToken);
        return key is null ? null : _keys.GetOrAdd(sdkAppId, key);
    }

    private async Task<byte[]?> FindStoredAsync(long sdkAppId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var stored = await db.VisitorSigningKeys.AsNoTracking()
            .Where(k => k.SdkAppId == sdkAppId).Select(k => k.ProtectedKey).FirstOrDefaultAsync(cancellationToken);
        return stored is null ? null : Unprotect(sdkAppId, stored);
    }

    private byte[] Unprotect(long sdkAppId, string stored)
    {
        try
        {
            return Convert.FromBase64String(_protector.Unprotect(stored));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            // Not replaced by a fresh key: a node with a different ring would then overwrite the key every other
            // node uses. The operator restores the ring, or deletes the row to start over (docs/chat.md).
            logger.LogError(e, "Cannot decrypt the visitor signing key of application {SdkAppId}: the Data Protection key ring does not match the store", sdkAppId);
            throw new VisitorSigningKeyUnreadableException(sdkAppId, e);
        }
    }

    private async Task<byte[]> CreateAsync(long sdkAppId, CancellationToken cancellationToken)
    {
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        db.VisitorSigningKeys.Add(new VisitorSigningKey
        {
            SdkAppId = sdkAppId,
            ProtectedKey = _protector.Protect(Convert.ToBase64String(key)),
            CreatedAt = time.GetUtcNow().ToUnixTimeSeconds(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return key;
        }
        catch (DbUpdateException)
        {
            // Two requests (or nodes) made the first key at once: the one stored first is the application's key.
            return await FindStoredAsync(sdkAppId, cancellationToken)
                ?? throw new InvalidOperationException($"The visitor signing key of {sdkAppId} could not be stored.");
        }
    }
}
