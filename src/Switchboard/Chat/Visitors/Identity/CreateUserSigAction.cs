using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.Chat.Visitors.Identity;

/// <summary>CreateUserSig: the business's backend vouches for a visitor id and client data for at most an hour.</summary>
internal static class CreateUserSigAction
{
    /// <summary>TCCC's limit on <c>ExpiredTime</c>.</summary>
    public const long MaxExpiredSeconds = 3600;

    public static async Task<CreateUserSigResponse> HandleAsync(CreateUserSigRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        if (!VisitorIds.IsValidUid(request.Uid))
            throw new CloudApiException(ErrorCodes.InvalidParameterValue,
                $"Uid must be 1 to {VisitorIds.MaxLength} characters without control characters.",
                $"Uid 必须为 1 到 {VisitorIds.MaxLength} 个字符，且不含控制字符。");
        if (request.ClientData.Length > VisitorLimits.MaxClientDataLength)
            throw new CloudApiException(ErrorCodes.InvalidParameterValue,
                $"ClientData must be at most {VisitorLimits.MaxClientDataLength} characters.",
                $"ClientData 不能超过 {VisitorLimits.MaxClientDataLength} 个字符。");
        if (request.ExpiredTime is <= 0 or > MaxExpiredSeconds)
            throw new CloudApiException(ErrorCodes.InvalidParameterValue,
                $"ExpiredTime must be between 1 and {MaxExpiredSeconds} seconds.",
                $"ExpiredTime 必须在 1 到 {MaxExpiredSeconds} 秒之间。");

        var services = call.Services;
        byte[] key;
        try
        {
            key = await services.GetRequiredService<VisitorSigningKeyStore>().GetOrCreateAsync(request.SdkAppId, cancellationToken);
        }
        catch (VisitorSigningKeyUnreadableException)
        {
            throw new CloudApiException(ErrorCodes.FailedOperation,
                "The application's visitor signing key cannot be decrypted on this server (the Data Protection key ring does not match the store); see the server log.",
                "此服务器无法解密该应用的访客签名密钥（数据保护密钥环与存储不一致），请查看服务器日志。");
        }
        var expiresAt = services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds() + request.ExpiredTime;
        return new CreateUserSigResponse
        {
            UserSig = UserSig.Create(key, new UserSigClaims(request.SdkAppId, request.Uid, request.ClientData, expiresAt)),
        };
    }
}
