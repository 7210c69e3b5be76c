using Switchboard.Tenancy;

namespace Switchboard.CloudApi;

/// <summary>Checks every action handler needs.</summary>
public static class CloudApiCallExtensions
{
    /// <summary>
    /// Throws <c>InvalidParameterValue.InstanceNotExist</c> unless the application exists and belongs to the
    /// caller's owner. Another owner's application answers exactly like a missing one, so ids cannot be probed.
    /// </summary>
    public static async ValueTask RequireApplicationAsync(this CloudApiCall call, long sdkAppId, CancellationToken cancellationToken)
    {
        var directory = call.Services.GetRequiredService<ApplicationDirectory>();
        if (!await directory.IsOwnedByAsync(call.OwnerId, sdkAppId, cancellationToken))
            throw new CloudApiException(ErrorCodes.InstanceNotExist,
                $"The application SdkAppId={sdkAppId} does not exist.",
                $"应用 SdkAppId={sdkAppId} 不存在。");
    }
}
