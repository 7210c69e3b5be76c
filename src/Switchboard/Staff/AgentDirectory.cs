using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Staff;

/// <summary>Lets other features find an agent without reading the staff tables themselves.</summary>
public sealed class AgentDirectory(SwitchboardDb db)
{
    /// <summary>The case-insensitive key an agent's mail is stored and matched by (Agent.MailKey).</summary>
    public static string MailKey(string mail) => AgentFields.MailKey(mail);

    /// <summary>The agent's mail as stored (original case), or null when the application has no such agent.</summary>
    public async Task<string?> FindMailAsync(long sdkAppId, string mail, CancellationToken cancellationToken)
    {
        var key = AgentFields.MailKey(mail);
        return await db.Agents.AsNoTracking()
            .Where(a => a.SdkAppId == sdkAppId && a.MailKey == key)
            .Select(a => a.Mail)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The agent's profile, or null when the application has no such agent (e.g. deleted meanwhile).</summary>
    public async Task<AgentProfile?> FindProfileAsync(long sdkAppId, string mail, CancellationToken cancellationToken)
    {
        var key = AgentFields.MailKey(mail);
        return await db.Agents.AsNoTracking()
            .Where(a => a.SdkAppId == sdkAppId && a.MailKey == key)
            .Select(a => new AgentProfile(a.Mail, a.Name, a.Nick, a.StaffNumber))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
