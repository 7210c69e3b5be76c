namespace Switchboard.CloudApi;

/// <summary>The two values of <c>X-TC-Language</c> the Tencent SDKs can send.</summary>
public static class CloudApiLanguages
{
    public const string English = "en-US";
    public const string Chinese = "zh-CN";
}
