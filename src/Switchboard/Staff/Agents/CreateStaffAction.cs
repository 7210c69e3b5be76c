using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Staff.Agents;

/// <summary>
/// CreateStaff: each row is validated and stored on its own (one SaveChanges, hence one transaction, per
/// row), so a bad row never blocks or half-writes the others; failed rows come back in ErrorStaffList.
/// </summary>
internal static class CreateStaffAction
{
    public const int MaxRows = 10;

    public static async Task<CreateStaffResponse> HandleAsync(CreateStaffRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        using var write = await call.BeginStaffWriteAsync(request.SdkAppId, cancellationToken);
        if (request.Staffs is not { Count: >= 1 and <= MaxRows } rows)
            throw StaffErrors.InvalidValue("Staffs", $"must list 1 to {MaxRows} agents.", $"必须包含 1 到 {MaxRows} 个座席。");

        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var now = call.UnixNow();
        var failures = new List<ErrStaffItem>();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                await CreateAsync(db, request.SdkAppId, rows[i], $"Staffs.{i}", now, cancellationToken);
            }
            catch (CloudApiException e)
            {
                failures.Add(new ErrStaffItem { StaffEmail = rows[i]?.Mail ?? "", Code = e.Code, Message = e.MessageFor(call.Language) });
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return new CreateStaffResponse { ErrorStaffList = failures };
    }

    private static async Task CreateAsync(SwitchboardDb db, long sdkAppId, SeatUserInfo? row, string field, long now, CancellationToken cancellationToken)
    {
        if (row is null) throw StaffErrors.InvalidValue(field, "must be an agent object, not null.", "必须是座席对象，不能为 null。");
        var agent = new Agent
        {
            SdkAppId = sdkAppId,
            Mail = AgentFields.RequireMail(row.Mail, $"{field}.Mail"),
            MailKey = AgentFields.MailKey(row.Mail),
            Name = AgentFields.RequireText(row.Name, $"{field}.Name", AgentFields.MaxNameLength),
            StaffNumber = AgentFields.RequireText(row.StaffNumber, $"{field}.StaffNumber", AgentFields.MaxStaffNumberLength),
            Phone = row.Phone is null ? null : AgentFields.RequirePhone(row.Phone, $"{field}.Phone"),
            Nick = AgentFields.RequireOptionalText(row.Nick, $"{field}.Nick", AgentFields.MaxTextLength),
            UserId = AgentFields.RequireOptionalText(row.UserId, $"{field}.UserId", AgentFields.MaxTextLength),
            ExtensionNumber = row.ExtensionNumber is null ? null : AgentFields.RequireExtensionNumber(row.ExtensionNumber, $"{field}.ExtensionNumber"),
            Roles = [AgentFields.RequireRole(row.Role ?? AgentFields.DefaultRole, $"{field}.Role")],
            CreatedAt = now,
            LastModifyTimestamp = now,
        };
        foreach (var skillGroupId in await ResolveSkillGroupNamesAsync(db, sdkAppId, row.SkillGroupNameList, $"{field}.SkillGroupNameList", cancellationToken))
            agent.Memberships.Add(new SkillGroupMembership { SkillGroupId = skillGroupId, Priority = (int)AgentFields.DefaultPriority });

        if (await db.Agents.AnyAsync(a => a.SdkAppId == sdkAppId && a.MailKey == agent.MailKey, cancellationToken))
            throw StaffErrors.DuplicatedAccount(agent.Mail);
        if (agent.Phone is not null && await db.IsPhoneTakenAsync(sdkAppId, agent.Phone, 0, cancellationToken))
            throw StaffErrors.PhoneBoundToOtherAgent($"{field}.Phone", agent.Phone);
        if (agent.ExtensionNumber is not null && await db.IsExtensionTakenAsync(sdkAppId, agent.ExtensionNumber, 0, cancellationToken))
            throw StaffErrors.ExtensionInUse($"{field}.ExtensionNumber", agent.ExtensionNumber);

        db.Agents.Add(agent);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (SdkAppId, MailKey) index caught a concurrent CreateStaff of the same mail.
            db.ChangeTracker.Clear();
            if (await db.Agents.AnyAsync(a => a.SdkAppId == sdkAppId && a.MailKey == agent.MailKey, cancellationToken))
                throw StaffErrors.DuplicatedAccount(agent.Mail);
            throw;
        }
    }

    private static async Task<IReadOnlyCollection<long>> ResolveSkillGroupNamesAsync(
        SwitchboardDb db, long sdkAppId, IReadOnlyList<string>? names, string field, CancellationToken cancellationToken)
    {
        if (names is null || names.Count == 0) return [];
        if (names.Count > StaffQueries.MaxSkillGroupsPerRequest)
            throw StaffErrors.InvalidValue(field, $"may name at most {StaffQueries.MaxSkillGroupsPerRequest} skill groups.",
                $"最多包含 {StaffQueries.MaxSkillGroupsPerRequest} 个技能组。");
        var wanted = names.Select(n => n ?? "").Distinct(StringComparer.Ordinal).ToList();
        var found = await db.SkillGroups.AsNoTracking()
            .Where(g => g.SdkAppId == sdkAppId && wanted.Contains(g.Name))
            .ToDictionaryAsync(g => g.Name, g => g.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var name in wanted)
            if (!found.ContainsKey(name)) throw StaffErrors.SkillGroupNameNotFound(field, name);
        return found.Values;
    }
}
