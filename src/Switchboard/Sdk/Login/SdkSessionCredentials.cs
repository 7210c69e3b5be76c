using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Switchboard.Presence;

namespace Switchboard.Sdk.Login;

/// <summary>
/// Issues and verifies session credentials: the agent key and an expiry, sealed by Data Protection (authenticated
/// encryption with the server's key ring, which cluster nodes share). The expiry is inside the sealed payload and
/// compared with the injected clock rather than Data Protection's own, so tests can move time.
/// </summary>
public sealed class SdkSessionCredentials
{
    /// <summary>Far above any real credential (about 200 characters); longer input is refused unread.</summary>
    private const int MaxCredentialLength = 2048;

    private const byte FormatVersion = 1;

    // version (1) + sdkAppId (8) + expiry in unix milliseconds (8), then the UTF-8 mail key.
    private const int HeaderLength = 17;

    private readonly IDataProtector _protector;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;

    public SdkSessionCredentials(IDataProtectionProvider dataProtection, TimeProvider clock, IOptions<AgentSdkOptions> options)
    {
        _protector = dataProtection.CreateProtector("Switchboard.Sdk.Session.v1");
        _clock = clock;
        _lifetime = options.Value.SessionLifetime;
    }

    /// <summary>How long a fresh credential lives.</summary>
    public TimeSpan Lifetime => _lifetime;

    /// <summary>A credential for <paramref name="agent"/>, valid for <see cref="Lifetime"/> from now.</summary>
    public string Issue(AgentKey agent)
    {
        var expiresAt = _clock.GetUtcNow() + _lifetime;
        var mailKey = Encoding.UTF8.GetBytes(agent.MailKey);
        var payload = new byte[HeaderLength + mailKey.Length];
        payload[0] = FormatVersion;
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(1), agent.SdkAppId);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(9), expiresAt.ToUnixTimeMilliseconds());
        mailKey.CopyTo(payload.AsSpan(HeaderLength));
        return Base64Url.EncodeToString(_protector.Protect(payload));
    }

    /// <summary>Verifies <paramref name="credential"/>; <paramref name="session"/> is set only when it is <see cref="SdkSessionCheck.Valid"/>.</summary>
    public SdkSessionCheck Check(string? credential, out SdkSession? session)
    {
        session = null;
        if (string.IsNullOrEmpty(credential) || credential.Length > MaxCredentialLength || !Base64Url.IsValid(credential))
            return SdkSessionCheck.Invalid;

        byte[] payload;
        try
        {
            payload = _protector.Unprotect(Base64Url.DecodeFromChars(credential));
        }
        catch (CryptographicException)
        {
            return SdkSessionCheck.Invalid;
        }
        if (payload.Length <= HeaderLength || payload[0] != FormatVersion) return SdkSessionCheck.Invalid;

        var sdkAppId = BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(1));
        var expiresAt = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(9)));
        if (_clock.GetUtcNow() >= expiresAt) return SdkSessionCheck.Expired;

        session = new SdkSession(new AgentKey(sdkAppId, Encoding.UTF8.GetString(payload.AsSpan(HeaderLength))), expiresAt);
        return SdkSessionCheck.Valid;
    }
}
