using System.Text;

namespace Switchboard.Client;

/// <summary>
/// An API key pair (SecretId / SecretKey) of Switchboard or Tencent Cloud, optionally with the session token of
/// a temporary key. The SecretKey is kept only as bytes for signing and never appears in <see cref="ToString"/>.
/// </summary>
public sealed class CccCredential
{
    /// <summary>Creates a credential.</summary>
    /// <param name="secretId">The public half, e.g. <c>AKID…</c>; sent with every request.</param>
    /// <param name="secretKey">The private half; only signatures derived from it are sent.</param>
    /// <param name="token">Session token of a temporary (STS) key, sent as <c>X-TC-Token</c>; null for a permanent key.</param>
    public CccCredential(string secretId, string secretKey, string? token = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretId);
        ArgumentException.ThrowIfNullOrEmpty(secretKey);
        SecretId = secretId;
        SecretKeyUtf8 = Encoding.UTF8.GetBytes(secretKey);
        Token = string.IsNullOrEmpty(token) ? null : token;
    }

    /// <summary>The SecretId.</summary>
    public string SecretId { get; }

    /// <summary>The session token of a temporary key, or null.</summary>
    public string? Token { get; }

    internal byte[] SecretKeyUtf8 { get; }

    /// <summary>Names the SecretId only.</summary>
    public override string ToString() => $"CccCredential {SecretId}";
}
