using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Staff.Agents;

/// <summary>
/// ModifyStaff: changes only the fields present; everything is checked before one SaveChanges writes it,
/// so a bad field leaves the agent untouched.
/// </summary>
internal static class ModifyStaffAction
{
    public static async Task<ModifyStaffResponse> HandleAsync(ModifyStaffRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        using var write = await call.BeginStaffWriteAsync(request.SdkAppId, cancellationToken);
        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var agent = await db.RequireAgentAsync(request.SdkAppId, request.Email, cancellationToken);

        if (request.Name is not null)
            agent.Name = AgentFields.RequireText(request.Name, "Name", AgentFields.MaxNameLength);
        if (request.StaffNo is not null)
            agent.StaffNumber = AgentFields.RequireText(request.StaffNo, "StaffNo", AgentFields.MaxStaffNumberLength);
        if (request.Nick is not null)
            agent.Nick = request.Nick.Length == 0 ? null : AgentFields.RequireOptionalText(request.Nick, "Nick", AgentFields.MaxTextLength);
        if (request.Phone is not null)
            agent.Phone = await RequireFreePhoneAsync(db, agent, request.Phone, cancellationToken);
        if (request.ExtensionNumber is not null)
            agent.ExtensionNumber = await RequireFreeExtensionAsync(db, agent, request.ExtensionNumber, cancellationToken);
        if (request.UseMobileCallOut is { } useMobileCallOut)
            agent.UseMobileCallOut = useMobileCallOut;
        if (request.UseMobileAccept is { } useMobileAccept)
        {
            if (useMobileAccept is not (0 or 1 or 2))
                throw StaffErrors.InvalidValue("UseMobileAccept", $"must be 0 (off), 1 (only while offline) or 2 (always), not {useMobileAccept}.",
                    $"必须为 0（关闭）、1（仅离线）或 2（始终），当前为 {useMobileAccept}。");
            agent.UseMobileAccept = (int)useMobileAccept;
        }
        if (request.ForwardingConfig is { } forwarding)
            agent.ForwardingConfigJson = await ForwardingRules.RequireValidAsync(db, agent, forwarding, cancellationToken);
        if (request.SkillGroupIds is { } skillGroupIds)
            await ReplaceMembershipsAsync(db, agent, skillGroupIds, cancellationToken);

        agent.LastModifyTimestamp = call.UnixNow();
        // The update only applies to the version read above, so a racing ModifyStaff cannot mix its fields
        // and memberships with ours: the later one fails as a whole and is told to retry.
        agent.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw StaffErrors.ConcurrentChange();
        }
        return new ModifyStaffResponse();
    }

    private static async Task<string?> RequireFreePhoneAsync(SwitchboardDb db, Agent agent, string phone, CancellationToken cancellationToken)
    {
        if (phone.Length == 0) return null;
        AgentFields.RequirePhone(phone, "Phone");
        if (await db.IsPhoneTakenAsync(agent.SdkAppId, phone, agent.Id, cancellationToken))
            throw StaffErrors.PhoneBoundToOtherAgent("Phone", phone);
        return phone;
    }

    private static async Task<string?> RequireFreeExtensionAsync(SwitchboardDb db, Agent agent, string extension, CancellationToken cancellationToken)
    {
        if (extension.Length == 0) return null;
        AgentFields.RequireExtensionNumber(extension, "ExtensionNumber");
        if (await db.IsExtensionTakenAsync(agent.SdkAppId, extension, agent.Id, cancellationToken))
            throw StaffErrors.ExtensionInUse("ExtensionNumber", extension);
        return extension;
    }

    /// <summary>Makes the agent's memberships exactly <paramref name="skillGroupIds"/>; groups it stays in keep their priority.</summary>
    private static async Task ReplaceMembershipsAsync(SwitchboardDb db, Agent agent, IReadOnlyList<long> skillGroupIds, CancellationToken cancellationToken)
    {
        var wanted = skillGroupIds.ToHashSet();
        await db.RequireSkillGroupsAsync(agent.SdkAppId, wanted, "SkillGroupIds", cancellationToken);
        agent.Memberships.RemoveAll(m => !wanted.Contains(m.SkillGroupId));
        foreach (var id in wanted.Where(id => agent.Memberships.All(m => m.SkillGroupId != id)))
            agent.Memberships.Add(new SkillGroupMembership { SkillGroupId = id, Priority = (int)AgentFields.DefaultPriority });
    }
}
