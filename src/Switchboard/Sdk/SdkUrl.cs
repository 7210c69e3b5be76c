namespace Switchboard.Sdk;

/// <summary>The SdkURL CreateSDKLoginToken answers: where the agent's page loads the SDK script from.</summary>
public static class SdkUrl
{
    /// <summary><c>{base}/sdk/tccc.js?sdkAppId=…&amp;token=…&amp;userid=…</c>, every value escaped for a query string.</summary>
    public static string Build(string publicBaseUrl, long sdkAppId, string token, string agentMail) =>
        $"{publicBaseUrl.TrimEnd('/')}/sdk/tccc.js?sdkAppId={sdkAppId}&token={Uri.EscapeDataString(token)}&userid={Uri.EscapeDataString(agentMail)}";
}
