namespace Switchboard.Tenancy;

/// <summary>
/// A SecretId/SecretKey pair that signs cloud API requests for every application of its owner.
/// The SecretKey is stored only in Data Protection–encrypted form.
/// </summary>
public sealed class ApiKey
{
    /// <summary>Public half, sent in the Authorization header ("AKID…").</summary>
    public required string SecretId { get; set; }
    public long OwnerId { get; set; }
    /// <summary>The SecretKey, encrypted with ASP.NET Data Protection; never logged.</summary>
    public required string ProtectedSecretKey { get; set; }
    public string? Description { get; set; }
    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }
    /// <summary>Unix seconds; a revoked key no longer authenticates.</summary>
    public long? RevokedAt { get; set; }
}
