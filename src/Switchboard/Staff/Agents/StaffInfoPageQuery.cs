using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.Storage;

namespace Switchboard.Staff.Agents;

/// <summary>
/// Reads one DescribeStaffInfoList page in two statements that each follow an index: the page's agents, then
/// their memberships by primary key. Run it inside a <see cref="ReadSnapshot"/> so both statements (and the
/// count) see the same agents. A single joined query repeats every agent column per membership and, on
/// SQLite, builds a temporary index on every call; it measured more than twice as slow.
/// </summary>
internal static class StaffInfoPageQuery
{
    public static async Task<DescribeStaffInfoListResponse> ReadAsync(SwitchboardDb db, DescribeStaffInfoListRequest request, PageWindow window, CancellationToken cancellationToken)
    {
        var mailKey = string.IsNullOrEmpty(request.StaffMail) ? null : AgentFields.MailKey(request.StaffMail);
        var (sdkAppId, modifiedSince, skillGroupId) = (request.SdkAppId, request.ModifiedTime, request.SkillGroupId);
        var queries = CompiledQueriesPerModel<Queries>.For(db);

        var agents = new List<AgentRow>(Math.Min(window.Take + 1, 64));
        await foreach (var row in queries.PageAgents(db, sdkAppId, mailKey, modifiedSince, skillGroupId, window.Skip, window.Take + 1).WithCancellation(cancellationToken))
            agents.Add(row);
        var full = agents.Count > window.Take;
        if (full) agents.RemoveAt(window.Take);
        var total = full || (agents.Count == 0 && window.Skip > 0)
            ? await queries.Count(db, sdkAppId, mailKey, modifiedSince, skillGroupId, cancellationToken)
            : window.Skip + agents.Count;

        var staff = new StaffInfo[agents.Count];
        if (agents.Count > 0)
        {
            var (first, last) = (agents[0].Id, agents[^1].Id);
            // A dense page (an unfiltered page of one application mostly is) reads its id range in key order; a
            // sparse one names its agents, so the many agents between them are never read.
            var memberships = last - first < 2L * agents.Count
                ? queries.MembershipsInRange(db, first, last)
                : queries.MembershipsOf(db, agents.Select(a => a.Id).ToArray());
            await using var cursor = memberships.WithCancellation(cancellationToken).GetAsyncEnumerator();
            var more = await cursor.MoveNextAsync();
            // Both are in agent id order, so one pass pairs each agent with its memberships.
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

    /// <summary>The compiled queries of one EF model (<see cref="CompiledQueriesPerModel{TQueries}"/>).</summary>
    private sealed class Queries
    {
        // ReadAsync asks for one row more than the page holds, so a short page tells the total without counting.
        public readonly Func<SwitchboardDb, long, string?, long?, long?, int, int, IAsyncEnumerable<AgentRow>> PageAgents =
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

        // The two membership reads below filter on agent ids only: a condition on SdkAppId makes SQLite (which has
        // no statistics) walk the application's index instead of seeking the agents' rows. Rows of agents that are
        // not on the page, whatever their application, are skipped while pairing.
        public readonly Func<SwitchboardDb, long, long, IAsyncEnumerable<MembershipRow>> MembershipsInRange =
            EF.CompileAsyncQuery((SwitchboardDb db, long firstAgentId, long lastAgentId) =>
                db.SkillGroupMemberships.AsNoTracking()
                    .Where(m => m.AgentId >= firstAgentId && m.AgentId <= lastAgentId)
                    .OrderBy(m => m.AgentId).ThenBy(m => m.SkillGroupId)
                    .Select(m => new MembershipRow(m.AgentId, new SkillGroupItem
                    {
                        SkillGroupId = m.SkillGroupId,
                        SkillGroupName = m.SkillGroup!.Name,
                        Priority = m.Priority,
                        Type = SkillGroupChannel.Label(m.SkillGroup.Type),
                    })));

        public readonly Func<SwitchboardDb, long[], IAsyncEnumerable<MembershipRow>> MembershipsOf =
            EF.CompileAsyncQuery((SwitchboardDb db, long[] agentIds) =>
                db.SkillGroupMemberships.AsNoTracking()
                    .Where(m => agentIds.Contains(m.AgentId))
                    .OrderBy(m => m.AgentId).ThenBy(m => m.SkillGroupId)
                    .Select(m => new MembershipRow(m.AgentId, new SkillGroupItem
                    {
                        SkillGroupId = m.SkillGroupId,
                        SkillGroupName = m.SkillGroup!.Name,
                        Priority = m.Priority,
                        Type = SkillGroupChannel.Label(m.SkillGroup.Type),
                    })));

        public readonly Func<SwitchboardDb, long, string?, long?, long?, CancellationToken, Task<long>> Count =
            EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, string? mailKey, long? modifiedSince, long? skillGroupId, CancellationToken _) =>
                db.Agents
                    .Where(a => a.SdkAppId == sdkAppId
                        && (mailKey == null || a.MailKey == mailKey)
                        && (modifiedSince == null || a.LastModifyTimestamp >= modifiedSince)
                        && (skillGroupId == null || a.Memberships.Any(m => m.SkillGroupId == skillGroupId)))
                    .LongCount());
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
