using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.Routing.Actions;

/// <summary>
/// ModifySkillGroupRouting and DescribeSkillGroupRouting: Switchboard's own actions for the routing settings TCCC
/// keeps in its console. A change is a staff write, so live desks reload the group at once.
/// </summary>
internal static class SkillGroupRoutingActions
{
    public static async Task<DescribeSkillGroupRoutingResponse> DescribeAsync(DescribeSkillGroupRoutingRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var group = await FindGroupAsync(db, request.SdkAppId, request.SkillGroupId, "SkillGroupId", cancellationToken);
        var stored = await db.SkillGroupRoutings.AsNoTracking().FirstOrDefaultAsync(r => r.SkillGroupId == group.Id, cancellationToken);
        return new DescribeSkillGroupRoutingResponse { Routing = Info(group, stored, call.Services.GetRequiredService<RoutingDefaults>()) };
    }

    public static async Task<ModifySkillGroupRoutingResponse> ModifyAsync(ModifySkillGroupRoutingRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        var wanted = request.Routing ?? throw StaffErrors.InvalidValue("Routing", "is required.", "为必填项。");
        using var write = await call.BeginStaffWriteAsync(request.SdkAppId, cancellationToken);
        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var group = await FindGroupAsync(db, request.SdkAppId, wanted.SkillGroupId, "Routing.SkillGroupId", cancellationToken);
        var stored = await db.SkillGroupRoutings.FirstOrDefaultAsync(r => r.SkillGroupId == group.Id, cancellationToken);
        if (stored is null)
        {
            stored = new SkillGroupRouting { SkillGroupId = group.Id, SdkAppId = group.SdkAppId };
            db.SkillGroupRoutings.Add(stored);
        }

        if (wanted.RoutePolicy is { } policy)
        {
            if (!RoutePolicies.IsKnown(policy))
                throw StaffErrors.InvalidValue("Routing.RoutePolicy", $"must be {RoutePolicies.LongestIdle}, {RoutePolicies.FewestSessionsToday} or {RoutePolicies.AgentPriority}.",
                    $"必须是 {RoutePolicies.LongestIdle}、{RoutePolicies.FewestSessionsToday} 或 {RoutePolicies.AgentPriority}。");
            group.RoutePolicy = policy;
        }
        if (wanted.UsingLastSeat is { } lastSeat) group.UsingLastSeat = (int)Range(lastSeat, 0, 1, "Routing.UsingLastSeat");
        if (wanted.RingTimeoutSeconds is { } ring) stored.RingTimeoutSeconds = (int)Range(ring, 1, 600, "Routing.RingTimeoutSeconds");
        if (wanted.NotReadyOnNoAnswer is { } notReady) stored.NotReadyOnNoAnswer = notReady;
        if (wanted.AutoAccept is { } autoAccept) stored.AutoAccept = autoAccept;
        if (wanted.AfterCallWorkSeconds is { } acw) stored.AfterCallWorkSeconds = (int)Range(acw, 0, 86_400, "Routing.AfterCallWorkSeconds");
        if (wanted.MaxWaitSeconds is { } maxWait) stored.MaxWaitSeconds = (int)Range(maxWait, 0, 86_400, "Routing.MaxWaitSeconds");
        if (wanted.LastAgentWaitSeconds is { } lastWait) stored.LastAgentWaitSeconds = (int)Range(lastWait, 0, 86_400, "Routing.LastAgentWaitSeconds");
        if (wanted.EndWhenNoAgentOnline is { } endWhenNone) stored.EndWhenNoAgentOnline = endWhenNone;
        if (wanted.VisitorIdleTimeoutSeconds is { } idle) stored.VisitorIdleTimeoutSeconds = (int)Range(idle, 0, 86_400, "Routing.VisitorIdleTimeoutSeconds");
        if (wanted.OverflowSkillGroupId is { } overflow)
        {
            if (overflow == 0) stored.OverflowSkillGroupId = null;
            else
            {
                var target = await FindGroupAsync(db, request.SdkAppId, overflow, "Routing.OverflowSkillGroupId", cancellationToken);
                if (target.Id == group.Id || target.Type != group.Type)
                    throw StaffErrors.InvalidValue("Routing.OverflowSkillGroupId", "must be another skill group of the same type.", "必须是同类型的其他技能组。");
                stored.OverflowSkillGroupId = target.Id;
            }
        }
        var now = call.UnixNow();
        stored.UpdatedAt = now;
        group.LastModifyTimestamp = now;
        await db.SaveChangesAsync(cancellationToken);
        return new ModifySkillGroupRoutingResponse { Routing = Info(group, stored, call.Services.GetRequiredService<RoutingDefaults>()) };
    }

    private static async Task<SkillGroup> FindGroupAsync(SwitchboardDb db, long sdkAppId, long skillGroupId, string field, CancellationToken cancellationToken) =>
        await db.SkillGroups.FirstOrDefaultAsync(g => g.SdkAppId == sdkAppId && g.Id == skillGroupId, cancellationToken)
            ?? throw StaffErrors.SkillGroupNotFound(field, skillGroupId);

    private static long Range(long value, long min, long max, string field) =>
        value >= min && value <= max ? value : throw StaffErrors.InvalidValue(field, $"must be between {min} and {max}, not {value}.", $"必须在 {min} 到 {max} 之间，而不是 {value}。");

    private static SkillGroupRoutingInfo Info(SkillGroup group, SkillGroupRouting? stored, RoutingDefaults defaults) => new()
    {
        SkillGroupId = group.Id,
        RoutePolicy = group.RoutePolicy,
        UsingLastSeat = group.UsingLastSeat,
        RingTimeoutSeconds = stored?.RingTimeoutSeconds ?? defaults.RingTimeoutSeconds,
        NotReadyOnNoAnswer = stored?.NotReadyOnNoAnswer ?? defaults.NotReadyOnNoAnswer,
        AutoAccept = stored?.AutoAccept ?? defaults.AutoAccept,
        AfterCallWorkSeconds = stored?.AfterCallWorkSeconds ?? defaults.AfterCallWorkSeconds,
        MaxWaitSeconds = stored?.MaxWaitSeconds ?? defaults.MaxWaitSeconds,
        OverflowSkillGroupId = stored?.OverflowSkillGroupId ?? 0,
        LastAgentWaitSeconds = stored?.LastAgentWaitSeconds ?? defaults.LastAgentWaitSeconds,
        EndWhenNoAgentOnline = stored?.EndWhenNoAgentOnline ?? defaults.EndWhenNoAgentOnline,
        VisitorIdleTimeoutSeconds = stored?.VisitorIdleTimeoutSeconds ?? defaults.VisitorIdleTimeoutSeconds,
    };
}
