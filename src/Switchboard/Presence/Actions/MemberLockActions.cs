using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.Presence.Actions;

/// <summary>ForceMemberOffline and RestoreMemberOnline: an administrator locks an agent out and lets them back in.</summary>
internal static class MemberLockActions
{
    /// <summary>What the agent's workstations show when they are closed.</summary>
    public const string ForcedOfflineMessage = "An administrator logged you out. You can log in again once they allow it.";

    public static async Task<ForceMemberOfflineResponse> ForceOfflineAsync(ForceMemberOfflineRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var agent = await PresenceAgents.RequireAsync(call, request.SdkAppId, request.UserId, cancellationToken);
        await call.Services.GetRequiredService<IPresenceDirectory>().ForceOfflineAsync(new AgentKey(request.SdkAppId, agent.MailKey), ForcedOfflineMessage);
        return new ForceMemberOfflineResponse();
    }

    public static async Task<RestoreMemberOnlineResponse> RestoreAsync(RestoreMemberOnlineRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var agent = await PresenceAgents.RequireAsync(call, request.SdkAppId, request.UserId, cancellationToken);
        await call.Services.GetRequiredService<IPresenceDirectory>().RestoreAsync(new AgentKey(request.SdkAppId, agent.MailKey));
        return new RestoreMemberOnlineResponse();
    }
}
