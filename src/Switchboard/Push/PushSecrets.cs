using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Switchboard.Push;

/// <summary>Subscription secrets: generated, checked, and kept Data Protection–encrypted at rest.</summary>
public sealed class PushSecrets(IDataProtectionProvider dataProtection)
{
    /// <summary>Shorter secrets are refused: 16 characters is the least an HMAC key typed by a person should have.</summary>
    public const int MinLength = 16;

    /// <summary>Longer secrets are refused; they add nothing to HMAC-SHA256.</summary>
    public const int MaxLength = 256;

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Switchboard.Push.Secret.v1");

    /// <summary>A new secret: 32 random bytes as 64 hex characters (ASCII, so any platform reads it the same).</summary>
    public static string Generate() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of <paramref name="secret"/>.</summary>
    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>The secret from its stored form.</summary>
    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
