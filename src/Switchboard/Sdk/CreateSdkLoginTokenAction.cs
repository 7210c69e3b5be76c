using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Staff;

namespace Switchboard.Sdk;

/// <summary>CreateSDKLoginToken: a single-use login for one agent, and the script URL that carries it.</summary>
internal static class CreateSdkLoginTokenAction
{
    public static async Task<CreateSDKLoginTokenResponse> HandleAsync(CreateSDKLoginTokenRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        if (string.IsNullOrEmpty(request.SeatUserId))
            throw new CloudApiException(ErrorCodes.InvalidParameterValue, "SeatUserId must be the mail of an agent, not empty.", "SeatUserId 必须是座席邮箱，不能为空。");

        var mail = await call.Services.GetRequiredService<AgentDirectory>().FindMailAsync(request.SdkAppId, request.SeatUserId, cancellationToken)
            ?? throw new CloudApiException(ErrorCodes.AccountNotExist,
                $"The agent '{request.SeatUserId}' does not exist in this application.",
                $"座席 '{request.SeatUserId}' 在该应用中不存在。");

        var issued = await call.Services.GetRequiredService<SdkLoginTokenService>().IssueAsync(request.SdkAppId, mail, cancellationToken);
        return new CreateSDKLoginTokenResponse
        {
            Token = issued.Token,
            ExpiredTime = issued.ExpiresAt,
            SdkURL = SdkUrl.Build(call.PublicBaseUrl, request.SdkAppId, issued.Token, mail),
        };
    }
}
