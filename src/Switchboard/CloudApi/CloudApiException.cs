namespace Switchboard.CloudApi;

/// <summary>
/// A failure answered to the caller as a TCCC error envelope (still HTTP 200, because every TCCC
/// client reads errors only from <c>Response.Error</c>). Throw it from an action handler.
/// </summary>
/// <param name="code">A Tencent error code, see <see cref="ErrorCodes"/>.</param>
/// <param name="message">English message; say what was wrong and, where useful, what to do.</param>
/// <param name="messageZh">Chinese message, answered when the caller sends <c>X-TC-Language: zh-CN</c>.</param>
public sealed class CloudApiException(string code, string message, string? messageZh = null) : Exception(message)
{
    public string Code { get; } = code;
    public string? MessageZh { get; } = messageZh;

    /// <summary>The message in the caller's language (falls back to English).</summary>
    public string MessageFor(string language) =>
        language == CloudApiLanguages.Chinese && MessageZh is not null ? MessageZh : Message;
}
