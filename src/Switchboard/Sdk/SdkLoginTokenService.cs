using Microsoft.EntityFrameworkCore;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.Sdk;

/// <summary>
/// Issues and redeems SDK login tokens. A token is bound to one application and one agent and works once,
/// whatever CreateSDKLoginToken's OnlyOnce says: it travels in a script URL, and URLs end up in browser
/// history, proxy logs and Referer headers, so a reusable token would be a reusable agent login.
/// </summary>
public sealed class SdkLoginTokenService(SwitchboardDb db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Expired tokens stay this long so that a late page is told "expired" rather than "unknown".</summary>
    public static readonly TimeSpan ExpiredRetention = TimeSpan.FromHours(1);

    /// <summary>Mints a token for <paramref name="agentMail"/>, first purging tokens long expired (one indexed delete).</summary>
    public async Task<IssuedSdkLoginToken> IssueAsync(long sdkAppId, string agentMail, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var purgeBefore = now - (long)ExpiredRetention.TotalSeconds;
        await db.SdkLoginTokens.Where(t => t.ExpiresAt < purgeBefore).ExecuteDeleteAsync(cancellationToken);

        var token = SdkLoginTokenFormat.Create();
        var expiresAt = now + (long)Lifetime.TotalSeconds;
        db.SdkLoginTokens.Add(new SdkLoginToken
        {
            TokenHash = SdkLoginTokenFormat.HashOf(token),
            SdkAppId = sdkAppId,
            AgentMailKey = AgentDirectory.MailKey(agentMail),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedSdkLoginToken(token, expiresAt);
    }

    /// <summary>
    /// Uses up <paramref name="token"/> for this application and agent. The claim is one conditional UPDATE,
    /// so of two concurrent redemptions exactly one sees its row change; the reason for a refusal is looked
    /// up only afterwards.
    /// </summary>
    public async Task<SdkLoginRedemption> RedeemAsync(long sdkAppId, string agentMail, string token, CancellationToken cancellationToken)
    {
        if (!SdkLoginTokenFormat.IsWellFormed(token)) return SdkLoginRedemption.Unknown;
        var hash = SdkLoginTokenFormat.HashOf(token);
        var mailKey = AgentDirectory.MailKey(agentMail);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();

        var claimed = await db.SdkLoginTokens
            .Where(t => t.TokenHash == hash && t.SdkAppId == sdkAppId && t.AgentMailKey == mailKey
                && t.RedeemedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RedeemedAt, now), cancellationToken);
        if (claimed == 1) return SdkLoginRedemption.Redeemed;

        var stored = await db.SdkLoginTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Select(t => new { t.SdkAppId, t.AgentMailKey, t.RedeemedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null) return SdkLoginRedemption.Unknown;
        if (stored.SdkAppId != sdkAppId) return SdkLoginRedemption.WrongApplication;
        if (stored.AgentMailKey != mailKey) return SdkLoginRedemption.WrongAgent;
        return stored.RedeemedAt is null ? SdkLoginRedemption.Expired : SdkLoginRedemption.AlreadyUsed;
    }
}
