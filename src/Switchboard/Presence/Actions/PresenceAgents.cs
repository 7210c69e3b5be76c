using Microsoft.EntityFrameworkCore;
using Switchboard.CloudApi;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.Presence.Actions;

/// <summary>Finding the agents a presence action names; an unknown mail answers InvalidParameterValue.AccountNotExist.</summary>
internal static class PresenceAgents
{
    /// <summary>The agent with <paramref name="mail"/> in the application, or the AccountNotExist error.</summary>
    public static async Task<Agent> RequireAsync(CloudApiCall call, long sdkAppId, string? mail, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(mail)) throw StaffErrors.AccountNotExist(mail);
        var key = AgentFields.MailKey(mail);
        var db = call.Services.GetRequiredService<SwitchboardDb>();
        return await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.SdkAppId == sdkAppId && a.MailKey == key, cancellationToken)
            ?? throw StaffErrors.AccountNotExist(mail);
    }

    public static AgentKey Key(this Agent agent) => new(agent.SdkAppId, agent.MailKey);
}
