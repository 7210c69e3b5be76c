using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Staff.SkillGroups;

/// <summary>UpdateCCCSkillGroup: rename, change concurrency or ringing mode; the type never changes.</summary>
internal static class UpdateCCCSkillGroupAction
{
    public static async Task<UpdateCCCSkillGroupResponse> HandleAsync(UpdateCCCSkillGroupRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        using var write = await call.BeginStaffWriteAsync(request.SdkAppId, cancellationToken);
        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var group = await db.SkillGroups.FirstOrDefaultAsync(g => g.SdkAppId == request.SdkAppId && g.Id == request.SkillGroupID, cancellationToken)
            ?? throw StaffErrors.SkillGroupNotFound("SkillGroupID", request.SkillGroupID);

        var renamed = false;
        if (request.SkillGroupName is not null)
        {
            var name = AgentFields.RequireText(request.SkillGroupName, "SkillGroupName", AgentFields.MaxNameLength);
            if (name != group.Name)
            {
                if (await db.SkillGroups.AnyAsync(g => g.SdkAppId == request.SdkAppId && g.Name == name && g.Id != group.Id, cancellationToken))
                    throw StaffErrors.SkillGroupExists(name);
                group.Name = name;
                renamed = true;
            }
        }
        var ringAll = request.RingAll ?? group.RingAll;
        var maxConcurrency = request.MaxConcurrency ?? group.MaxConcurrency;
        SkillGroupChannel.RequireConcurrency(group.Type, maxConcurrency, ringAll);
        group.RingAll = ringAll;
        group.MaxConcurrency = (int)maxConcurrency;

        var now = call.UnixNow();
        group.LastModifyTimestamp = now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (SdkAppId, Name) index caught a concurrent rename to the same name.
            throw StaffErrors.SkillGroupExists(group.Name);
        }
        if (renamed)
        {
            // Members list the group's name in DescribeStaffInfoList, so a sync by ModifiedTime must see them again.
            await db.Agents
                .Where(a => a.SdkAppId == request.SdkAppId && a.Memberships.Any(m => m.SkillGroupId == group.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.LastModifyTimestamp, now)
                    .SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new UpdateCCCSkillGroupResponse();
    }
}
