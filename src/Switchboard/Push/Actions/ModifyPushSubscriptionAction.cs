using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.Push.Actions;

/// <summary>
/// ModifyPushSubscription (Switchboard only): sets the application's receiver URL and signing secret, generating the
/// secret when none is given, or removes the subscription when the URL is empty. Events already written keep the
/// state they had; pending ones go to the new URL with the new secret from their next attempt on.
/// </summary>
internal static class ModifyPushSubscriptionAction
{
    public const int MaxUrlLength = 2048;

    public static async Task<ModifyPushSubscriptionResponse> HandleAsync(ModifyPushSubscriptionRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var existing = await db.PushSubscriptions.FirstOrDefaultAsync(s => s.SdkAppId == request.SdkAppId, cancellationToken);
        if (request.Url.Length == 0)
        {
            if (existing is not null)
            {
                db.PushSubscriptions.Remove(existing);
                await db.SaveChangesAsync(cancellationToken);
            }
            return new ModifyPushSubscriptionResponse();
        }

        var url = CheckUrl(request.Url);
        var generated = string.IsNullOrEmpty(request.Secret);
        var secret = generated ? PushSecrets.Generate() : CheckSecret(request.Secret!);
        var protectedSecret = call.Services.GetRequiredService<PushSecrets>().Protect(secret);
        var now = call.UnixNow();
        if (existing is null)
            db.PushSubscriptions.Add(new PushSubscription { SdkAppId = request.SdkAppId, Url = url, ProtectedSecret = protectedSecret, UpdatedAt = now });
        else
            (existing.Url, existing.ProtectedSecret, existing.UpdatedAt) = (url, protectedSecret, now);
        await db.SaveChangesAsync(cancellationToken);
        return new ModifyPushSubscriptionResponse { Secret = generated ? secret : "" };
    }

    /// <summary>
    /// An absolute http(s) URL without user info. Where it points (loopback, a private network) is the operator's
    /// decision on a self-hosted server; docs/push.md says so.
    /// </summary>
    private static string CheckUrl(string url)
    {
        if (url.Length > MaxUrlLength)
            throw Invalid("Url", $"must be at most {MaxUrlLength} characters.", $"不能超过 {MaxUrlLength} 个字符。");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            throw Invalid("Url", "must be an absolute http:// or https:// URL.", "必须是以 http:// 或 https:// 开头的绝对地址。");
        if (uri.UserInfo.Length > 0)
            throw Invalid("Url", "must not carry a user name or password; the signature authenticates deliveries.", "不能包含用户名或密码，推送由签名认证。");
        if (uri.Fragment.Length > 0)
            throw Invalid("Url", "must not have a #fragment.", "不能包含 # 片段。");
        return url;
    }

    private static string CheckSecret(string secret)
    {
        if (secret.Length is < PushSecrets.MinLength or > PushSecrets.MaxLength)
            throw Invalid("Secret", $"must be {PushSecrets.MinLength} to {PushSecrets.MaxLength} characters, or empty to have one generated.",
                $"长度必须为 {PushSecrets.MinLength} 到 {PushSecrets.MaxLength} 个字符，或留空由系统生成。");
        if (secret.Any(char.IsControl))
            throw Invalid("Secret", "must not contain control characters.", "不能包含控制字符。");
        return secret;
    }

    private static CloudApiException Invalid(string field, string problem, string problemZh) =>
        new(ErrorCodes.InvalidParameterValue, $"{field} {problem}", $"{field} {problemZh}");
}
