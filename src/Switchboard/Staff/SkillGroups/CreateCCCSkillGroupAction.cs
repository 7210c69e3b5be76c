using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Staff.SkillGroups;

/// <summary>CreateCCCSkillGroup: a new, empty skill group with a name unique in its application.</summary>
internal static class CreateCCCSkillGroupAction
{
    public static async Task<CreateCCCSkillGroupResponse> HandleAsync(CreateCCCSkillGroupRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        using var write = await call.BeginStaffWriteAsync(request.SdkAppId, cancellationToken);
        var name = AgentFields.RequireText(request.SkillGroupName, "SkillGroupName", AgentFields.MaxNameLength);
        if (!SkillGroupChannel.IsDefined(request.SkillGroupType))
            throw StaffErrors.InvalidValue("SkillGroupType", $"must be 0 (phone), 1 (online chat), 3 (audio) or 4 (video), not {request.SkillGroupType}.",
                $"必须为 0（电话）、1（在线）、3（音频）或 4（视频），当前为 {request.SkillGroupType}。");
        var type = (int)request.SkillGroupType;
        var maxConcurrency = request.MaxConcurrency ?? 1;
        SkillGroupChannel.RequireConcurrency(type, maxConcurrency, ringAll: false);

        var db = call.Services.GetRequiredService<SwitchboardDb>();
        if (await db.SkillGroups.AnyAsync(g => g.SdkAppId == request.SdkAppId && g.Name == name, cancellationToken))
            throw StaffErrors.SkillGroupExists(name);

        var now = call.UnixNow();
        var group = new SkillGroup
        {
            SdkAppId = request.SdkAppId,
            Name = name,
            Type = type,
            MaxConcurrency = (int)maxConcurrency,
            CreatedAt = now,
            LastModifyTimestamp = now,
        };
        db.SkillGroups.Add(group);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (SdkAppId, Name) index caught a concurrent create of the same name.
            db.ChangeTracker.Clear();
            if (await db.SkillGroups.AnyAsync(g => g.SdkAppId == request.SdkAppId && g.Name == name, cancellationToken))
                throw StaffErrors.SkillGroupExists(name);
            throw;
        }
        return new CreateCCCSkillGroupResponse { SkillGroupId = group.Id };
    }
}
