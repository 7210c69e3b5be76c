namespace Switchboard.Tenancy;

/// <summary>An active API key as the signature check needs it: the decrypted SecretKey as UTF-8 bytes.</summary>
public sealed record SigningKey(string SecretId, long OwnerId, byte[] SecretKeyUtf8);
