using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.Storage;

namespace Switchboard.Staff.Agents;

/// <summary>
/// Reads one DescribeStaffInfoList page in two round trips that each follow an index: the page's agents,
/// then the memberships of exactly those agents (same filters, the page's id range, in primary key order).
/// A single joined query repeats every agent column per membership and, on SQLite, builds a temporary
/// index on every call; it measured more than twice as slow.
/// </summary>
internal static class StaffInfoPageQuery
{
    /// <summary>One more row than the page holds, so a short page tells the total without counting.</summary>
    private static readonly Func<SwitchboardDb, long, string?, long?, long?, int, int, IAsyncEnumerable<AgentRow>> PageAgents =
        EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, string? mailKey, long? modifiedSince, long? skillGroupId, int skip, int take) =>
            db.Agents.AsNoTracking()
                .Where(a => a.SdkAppId == sdkAppId
                    && (mailKey == null || a.MailKey == mailKey)
                    && (modifiedSince == null || a.LastModifyTimestamp >= modifiedSince)
                    && (skillGroupId == null || a.Memberships.Any(m => m.SkillGroupId == skillGroupId)))
                .OrderBy(a => a.Id)
                .Skip(skip)
                .Take(take)
                .Select(a => new AgentRow(a.Id, a.Name, a.Mail, a.Phone, a.Nick, a.StaffNumber, a.Roles,
                    a.LastModifyTimestamp, a.ExtensionNumber, a.ForwardingConfigJson)));

    // The same filters as PageAgents: an agent outside them but inside the page's id range is not on the page.
    private static readonly Func<SwitchboardDb, long, string?, long?, long?, long, long, IAsyncEnumerable<MembershipRow>> PageMemberships =
        EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, string? mailKey, long? modifiedSince, long? skillGroupId, long firstId, long lastId) =>
            db.Agents.AsNoTracking()
                .Where(a => a.SdkAppId == sdkAppId
                    && (mailKey == null || a.MailKey == mailKey)
                    && (modifiedSince == null || a.LastModifyTimestamp >= modifiedSince)
                    && (skillGroupId == null || a.Memberships.Any(m => m.SkillGroupId == skillGroupId))
                    && a.Id >= firstId && a.Id <= lastId)
                .SelectMany(a => a.Memberships)
                .OrderBy(m => m.AgentId).ThenBy(m => m.SkillGroupId)
                .Select(m => new MembershipRow(m.AgentId, new SkillGroupItem
                {
                    SkillGroupId = m.SkillGroupId,
                    SkillGroupName = m.SkillGroup!.Name,
                    Priority = m.Priority,
                    Type = SkillGroupChannel.Label(m.SkillGroup.Type),
                })));

    private static readonly Func<SwitchboardDb, long, string?, long?, long?, CancellationToken, Task<long>> Count =
        EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, string? mailKey, long? modifiedSince, long? skillGroupId, CancellationToken _) =>
            db.Agents
                .Where(a => a.SdkAppId == sdkAppId
                    && (mailKey == null || a.MailKey == mailKey)
                    && (modifiedSince == null || a.LastModifyTimestamp >= modifiedSince)
                    && (skillGroupId == null || a.Memberships.Any(m => m.SkillGroupId == skillGroupId)))
                .LongCount());

    public static async Task<DescribeStaffInfoListResponse> ReadAsync(SwitchboardDb db, DescribeStaffInfoListRequest request, PageWindow window, CancellationToken cancellationToken)
    {
        var mailKey = string.IsNullOrEmpty(request.StaffMail) ? null : AgentFields.MailKey(request.StaffMail);
        var (sdkAppId, modifiedSince, skillGroupId) = (request.SdkAppId, request.ModifiedTime, request.SkillGroupId);

        var agents = new List<AgentRow>(Math.Min(window.Take + 1, 64));
        await foreach (var row in PageAgents(db, sdkAppId, mailKey, modifiedSince, skillGroupId, window.Skip, window.Take + 1).WithCancellation(cancellationToken))
            agents.Add(row);
        var full = agents.Count > window.Take;
        if (full) agents.RemoveAt(window.Take);
        var total = full || (agents.Count == 0 && window.Skip > 0)
            ? await Count(db, sdkAppId, mailKey, modifiedSince, skillGroupId, cancellationToken)
            : window.Skip + agents.Count;

        var staff = new StaffInfo[agents.Count];
        if (agents.Count > 0)
        {
            var memberships = PageMemberships(db, sdkAppId, mailKey, modifiedSince, skillGroupId, agents[0].Id, agents[^1].Id);
            await using var cursor = memberships.WithCancellation(cancellationToken).GetAsyncEnumerator();
            var more = await cursor.MoveNextAsync();
            // Both lists are in agent id order, so one pass pairs each agent with its memberships.
            for (var i = 0; i < agents.Count; i++)
            {
                var groups = new List<SkillGroupItem>();
                for (; more && cursor.Current.AgentId <= agents[i].Id; more = await cursor.MoveNextAsync())
                    if (cursor.Current.AgentId == agents[i].Id) groups.Add(cursor.Current.Item);
                staff[i] = agents[i].ToStaffInfo(groups);
            }
        }
        return new DescribeStaffInfoListResponse { TotalCount = total, StaffList = staff };
    }

    private sealed record AgentRow(long Id, string Name, string Mail, string? Phone, string? Nick, string StaffNumber,
        List<long> Roles, long LastModifyTimestamp, string? ExtensionNumber, string? ForwardingConfigJson)
    {
        public StaffInfo ToStaffInfo(IReadOnlyList<SkillGroupItem> groups) => new()
        {
            Name = Name,
            Mail = Mail,
            Phone = Phone ?? "",
            Nick = Nick ?? "",
            StaffNumber = StaffNumber,
            RoleId = Roles.Count > 0 ? Roles[0] : null,
            RoleIdList = Roles.Count > 0 ? Roles[0] : null,
            RoleList = Roles,
            SkillGroupList = groups,
            LastModifyTimestamp = LastModifyTimestamp,
            ExtensionNumber = ExtensionNumber ?? "",
            ForwardingConfig = ForwardingConfigJson is null ? null : JsonSerializer.Deserialize<ForwardingConfig>(ForwardingConfigJson, CccJson.Options),
        };
    }

    private readonly record struct MembershipRow(long AgentId, SkillGroupItem Item);
}
