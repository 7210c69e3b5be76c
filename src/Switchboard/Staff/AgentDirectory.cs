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

    /// <summary>The agent with <paramref name="mail"/>, or null when the application has no such agent.</summary>
    public async Task<AgentSummary?> FindAsync(long sdkAppId, string mail, CancellationToken cancellationToken) =>
        (await ListAsync(sdkAppId, [AgentFields.MailKey(mail)], null, cancellationToken)).SingleOrDefault();

    /// <summary>
    /// The application's agents in creation order, only those with one of <paramref name="mailKeys"/> and in one of
    /// <paramref name="skillGroupIds"/> when given.
    /// </summary>
    public async Task<IReadOnlyList<AgentSummary>> ListAsync(
        long sdkAppId, IReadOnlyCollection<string>? mailKeys, IReadOnlyCollection<long>? skillGroupIds, CancellationToken cancellationToken)
    {
        var query = db.Agents.AsNoTracking().Where(a => a.SdkAppId == sdkAppId);
        if (mailKeys is not null) query = query.Where(a => mailKeys.Contains(a.MailKey));
        if (skillGroupIds is not null) query = query.Where(a => a.Memberships.Any(m => skillGroupIds.Contains(m.SkillGroupId)));
        return await query.OrderBy(a => a.Id)
            .Select(a => new AgentSummary(a.Mail, a.MailKey, a.StaffNumber, a.UseMobileAccept, a.UseMobileCallOut))
            .ToListAsync(cancellationToken);
    }
}
