using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Staff.SkillGroups;

/// <summary>
/// DeleteCCCSkillGroup: only an empty group is deleted. Removing agents from a queue they serve is a
/// decision the caller should make explicitly (UnbindStaffSkillGroupList or ModifyStaff), so a group with
/// members answers ResourceUnavailable instead of silently emptying it.
/// </summary>
internal static class DeleteCCCSkillGroupAction
{
    public static async Task<DeleteCCCSkillGroupResponse> HandleAsync(DeleteCCCSkillGroupRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        using var write = await call.BeginStaffWriteAsync(request.SdkAppId, cancellationToken);
        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var groups = db.SkillGroups.Where(g => g.SdkAppId == request.SdkAppId && g.Id == request.SkillGroupId);

        // One conditional statement, so an agent bound in the meantime is never cascaded away.
        if (await groups.Where(g => !g.Memberships.Any()).ExecuteDeleteAsync(cancellationToken) == 1)
            return new DeleteCCCSkillGroupResponse();

        var members = await groups.Select(g => (int?)g.Memberships.Count).FirstOrDefaultAsync(cancellationToken)
            ?? throw StaffErrors.SkillGroupNotFound("SkillGroupId", request.SkillGroupId);
        throw new CloudApiException(ErrorCodes.ResourceUnavailable,
            $"The skill group {request.SkillGroupId} still has {members} agent(s); unbind them before deleting it.",
            $"技能组 {request.SkillGroupId} 仍有 {members} 个座席，请先解绑后再删除。");
    }
}
