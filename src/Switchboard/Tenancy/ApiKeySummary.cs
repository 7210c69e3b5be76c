namespace Switchboard.Tenancy;

/// <summary>An API key as listings show it: everything but the secret.</summary>
public sealed record ApiKeySummary(string SecretId, long OwnerId, string? Description, long CreatedAt, long? RevokedAt)
{
    /// <summary>True once the key no longer authenticates.</summary>
    public bool IsRevoked => RevokedAt is not null;
}
