namespace Switchboard.Push;

/// <summary>What a subscription's URL and secret must be; each check answers the problem in English and Chinese, or null.</summary>
public static class PushSubscriptionRules
{
    /// <summary>Longest accepted URL.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>
    /// An absolute http(s) URL without user info or fragment. Where it points (loopback, a private network) is the
    /// operator's decision on a self-hosted server; docs/push.md says so.
    /// </summary>
    public static (string English, string Chinese)? UrlProblem(string url)
    {
        if (url.Length > MaxUrlLength)
            return ($"Url must be at most {MaxUrlLength} characters.", $"Url 不能超过 {MaxUrlLength} 个字符。");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return ("Url must be an absolute http:// or https:// URL.", "Url 必须是以 http:// 或 https:// 开头的绝对地址。");
        if (uri.UserInfo.Length > 0)
            return ("Url must not carry a user name or password; the signature authenticates deliveries.", "Url 不能包含用户名或密码，推送由签名认证。");
        if (uri.Fragment.Length > 0)
            return ("Url must not have a #fragment.", "Url 不能包含 # 片段。");
        return null;
    }

    /// <summary>16 to 256 characters without control characters.</summary>
    public static (string English, string Chinese)? SecretProblem(string secret)
    {
        if (secret.Length is < PushSecrets.MinLength or > PushSecrets.MaxLength)
            return ($"Secret must be {PushSecrets.MinLength} to {PushSecrets.MaxLength} characters, or empty to have one generated.",
                $"Secret 长度必须为 {PushSecrets.MinLength} 到 {PushSecrets.MaxLength} 个字符，或留空由系统生成。");
        if (secret.Any(char.IsControl))
            return ("Secret must not contain control characters.", "Secret 不能包含控制字符。");
        return null;
    }
}
