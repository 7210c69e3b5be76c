using Switchboard.CloudApi;
using Switchboard.Staff;

namespace Switchboard.Presence.Actions;

/// <summary>Finding the agent a presence action names; an unknown mail answers InvalidParameterValue.AccountNotExist.</summary>
internal static class PresenceAgents
{
    /// <summary>The agent with <paramref name="mail"/> in the application, or the AccountNotExist error.</summary>
    public static async Task<AgentSummary> RequireAsync(CloudApiCall call, long sdkAppId, string? mail, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(mail)) throw StaffErrors.AccountNotExist(mail);
        return await call.Services.GetRequiredService<AgentDirectory>().FindAsync(sdkAppId, mail, cancellationToken)
            ?? throw StaffErrors.AccountNotExist(mail);
    }
}
