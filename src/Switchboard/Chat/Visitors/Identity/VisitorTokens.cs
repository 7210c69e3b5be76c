using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Switchboard.Chat.Visitors.Identity;

/// <summary>
/// Issues and reads visitor tokens: a <see cref="VisitorTicket"/> sealed by Data Protection (authenticated
/// encryption with the server's key ring, shared by the nodes of a cluster). Expiry is compared with the injected
/// clock, so tests can move time; a tampered or foreign token does not open.
/// </summary>
public sealed class VisitorTokens(IDataProtectionProvider protection, TimeProvider time, IOptions<ChatVisitorOptions> options)
{
    /// <summary>Longer input is refused unread (a token with the largest client data is about 4 KB).</summary>
    public const int MaxLength = 12 * 1024;

    private const string Prefix = "vt1.";
    private readonly IDataProtector _protector = protection.CreateProtector("Switchboard.Chat.VisitorToken.v1");

    /// <summary>A token for the visitor, valid for the configured lifetime from now, or until <paramref name="notAfterMs"/> if sooner.</summary>
    public (string Token, VisitorTicket Ticket) Issue(long sdkAppId, string visitorId, bool verified, string? clientData, long? notAfterMs = null)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var expires = (now + settings.VisitorTokenLifetime).ToUnixTimeMilliseconds();
        if (notAfterMs is { } cap && cap < expires) expires = cap;
        // Anonymous visitors keep their id across long absences; a verified identity lasts no longer than its token.
        var renewable = verified ? expires : expires + (long)TimeSpan.FromDays(Math.Max(settings.AnonymousRenewalDays, 0)).TotalMilliseconds;
        var ticket = new VisitorTicket(sdkAppId, visitorId, verified, clientData, expires, renewable);
        var sealedBytes = _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(ticket, JsonSerializerOptions.Web));
        return (Prefix + Base64Url.EncodeToString(sealedBytes), ticket);
    }

    /// <summary>The ticket inside <paramref name="token"/>, or null when it is malformed, tampered with or from another key ring. Expiry is not checked.</summary>
    public VisitorTicket? Open(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength || !token.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        try
        {
            var ticket = JsonSerializer.Deserialize<VisitorTicket>(_protector.Unprotect(Base64Url.DecodeFromChars(token.AsSpan(Prefix.Length))), JsonSerializerOptions.Web);
            return ticket is { VisitorId.Length: > 0 } ? ticket : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>True while the ticket authenticates.</summary>
    public bool IsCurrent(VisitorTicket ticket) => time.GetUtcNow().ToUnixTimeMilliseconds() < ticket.ExpiresAtMs;

    /// <summary>True while signing in with the ticket keeps its visitor id.</summary>
    public bool IsRenewable(VisitorTicket ticket) => time.GetUtcNow().ToUnixTimeMilliseconds() < ticket.RenewableUntilMs;
}
