using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.Push.Actions;

/// <summary>
/// ModifyPushSubscription (Switchboard only): sets the application's receiver URL and signing secret, generating the
/// secret when none is given, or removes the subscription when the URL is empty. Events already written keep the
/// state they had; pending ones go to the new URL with the new secret from their next attempt on.
/// </summary>
internal static class ModifyPushSubscriptionAction
{
    public static async Task<ModifyPushSubscriptionResponse> HandleAsync(ModifyPushSubscriptionRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var store = call.Services.GetRequiredService<PushSubscriptionStore>();
        if (request.Url.Length == 0)
        {
            await store.RemoveAsync(request.SdkAppId, cancellationToken);
            return new ModifyPushSubscriptionResponse();
        }
        if ((PushSubscriptionRules.UrlProblem(request.Url) ?? (string.IsNullOrEmpty(request.Secret) ? null : PushSubscriptionRules.SecretProblem(request.Secret))) is { } problem)
            throw new CloudApiException(ErrorCodes.InvalidParameterValue, problem.English, problem.Chinese);
        var generated = await store.SetAsync(request.SdkAppId, request.Url, request.Secret, cancellationToken);
        return new ModifyPushSubscriptionResponse { Secret = generated ?? "" };
    }
}
