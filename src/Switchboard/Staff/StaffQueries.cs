using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Staff;

/// <summary>Look-ups shared by the agent actions; every one is scoped by SdkAppId.</summary>
internal static class StaffQueries
{
    /// <summary>Skill group ids or names one request may name; far above any real agent's membership count.</summary>
    public const int MaxSkillGroupsPerRequest = 100;

    /// <summary>The agent (tracked, memberships loaded), or InvalidParameterValue.AccountNotExist.</summary>
    public static async Task<Agent> RequireAgentAsync(this SwitchboardDb db, long sdkAppId, string? mail, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(mail)) throw StaffErrors.AccountNotExist(mail);
        var key = AgentFields.MailKey(mail);
        return await db.Agents.Include(a => a.Memberships)
            .FirstOrDefaultAsync(a => a.SdkAppId == sdkAppId && a.MailKey == key, cancellationToken)
            ?? throw StaffErrors.AccountNotExist(mail);
    }

    /// <summary>Throws InvalidParameterValue.SkillGroupError naming the first id that is not a group of the application.</summary>
    public static async Task RequireSkillGroupsAsync(this SwitchboardDb db, long sdkAppId, IReadOnlyCollection<long> ids, string field, CancellationToken cancellationToken)
    {
        if (ids.Count > MaxSkillGroupsPerRequest)
            throw StaffErrors.InvalidValue(field, $"may name at most {MaxSkillGroupsPerRequest} skill groups.", $"最多包含 {MaxSkillGroupsPerRequest} 个技能组。");
        if (ids.Count == 0) return;
        var found = await db.SkillGroups.AsNoTracking()
            .Where(g => g.SdkAppId == sdkAppId && ids.Contains(g.Id))
            .Select(g => g.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in ids)
            if (!found.Contains(id)) throw StaffErrors.SkillGroupNotFound(field, id);
    }

    /// <summary>True when another agent of the application already uses <paramref name="phone"/>.</summary>
    public static Task<bool> IsPhoneTakenAsync(this SwitchboardDb db, long sdkAppId, string phone, long exceptAgentId, CancellationToken cancellationToken) =>
        db.Agents.AnyAsync(a => a.SdkAppId == sdkAppId && a.Phone == phone && a.Id != exceptAgentId, cancellationToken);

    /// <summary>True when another agent of the application already uses <paramref name="extension"/>.</summary>
    public static Task<bool> IsExtensionTakenAsync(this SwitchboardDb db, long sdkAppId, string extension, long exceptAgentId, CancellationToken cancellationToken) =>
        db.Agents.AnyAsync(a => a.SdkAppId == sdkAppId && a.ExtensionNumber == extension && a.Id != exceptAgentId, cancellationToken);
}
