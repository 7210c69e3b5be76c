using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Staff.Agents;

/// <summary>BindStaffSkillGroupList and UnbindStaffSkillGroupList: add or remove one agent's memberships.</summary>
internal static class StaffSkillGroupBindingActions
{
    /// <summary>Joins the listed groups; a group the agent is already in gets the new priority.</summary>
    public static async Task<BindStaffSkillGroupListResponse> BindAsync(BindStaffSkillGroupListRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        using var write = await call.BeginStaffWriteAsync(request.SdkAppId, cancellationToken);
        var priorities = new Dictionary<long, long>();
        var items = request.StaffSkillGroupList ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] ?? throw StaffErrors.InvalidValue($"StaffSkillGroupList.{i}", "must be an object, not null.", "必须是对象，不能为 null。");
            priorities[item.SkillGroupId] = AgentFields.RequirePriority(item.Priority ?? AgentFields.DefaultPriority, $"StaffSkillGroupList.{i}.Priority");
        }
        foreach (var id in request.SkillGroupList ?? [])
            priorities.TryAdd(id, AgentFields.DefaultPriority);
        if (priorities.Count == 0)
            throw StaffErrors.InvalidValue("StaffSkillGroupList", "must name at least one skill group.", "至少包含一个技能组。");

        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var agent = await db.RequireAgentAsync(request.SdkAppId, request.StaffEmail, cancellationToken);
        await db.RequireSkillGroupsAsync(request.SdkAppId, priorities.Keys, "StaffSkillGroupList", cancellationToken);
        foreach (var (skillGroupId, priority) in priorities)
        {
            var membership = agent.Memberships.Find(m => m.SkillGroupId == skillGroupId);
            if (membership is null)
                agent.Memberships.Add(new SkillGroupMembership { SkillGroupId = skillGroupId, Priority = (int)priority });
            else
                membership.Priority = (int)priority;
        }
        agent.LastModifyTimestamp = call.UnixNow();
        agent.Version++;
        await SaveAsync(db, cancellationToken);
        return new BindStaffSkillGroupListResponse();
    }

    /// <summary>Leaves the listed groups; groups the agent is not in are skipped, unknown groups are an error.</summary>
    public static async Task<UnbindStaffSkillGroupListResponse> UnbindAsync(UnbindStaffSkillGroupListRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        using var write = await call.BeginStaffWriteAsync(request.SdkAppId, cancellationToken);
        var leaving = (request.SkillGroupList ?? []).ToHashSet();
        if (leaving.Count == 0)
            throw StaffErrors.InvalidValue("SkillGroupList", "must name at least one skill group.", "至少包含一个技能组。");

        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var agent = await db.RequireAgentAsync(request.SdkAppId, request.StaffEmail, cancellationToken);
        await db.RequireSkillGroupsAsync(request.SdkAppId, leaving, "SkillGroupList", cancellationToken);
        if (agent.Memberships.RemoveAll(m => leaving.Contains(m.SkillGroupId)) > 0)
        {
            agent.LastModifyTimestamp = call.UnixNow();
            agent.Version++;
            await SaveAsync(db, cancellationToken);
        }
        return new UnbindStaffSkillGroupListResponse();
    }

    private static async Task SaveAsync(SwitchboardDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another write of the agent came first (its Version moved), or two binds of the same agent and
            // group raced on the membership's primary key.
            throw StaffErrors.ConcurrentChange();
        }
    }
}
