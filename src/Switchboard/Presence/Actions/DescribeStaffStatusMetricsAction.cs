using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.Presence.Actions;

/// <summary>
/// DescribeStaffStatusMetrics: each matching agent's live state from their grain, and today's seconds in each state
/// from the status history (the state at midnight is the one the day's first change left, or the live one).
/// </summary>
internal static class DescribeStaffStatusMetricsAction
{
    public static async Task<DescribeStaffStatusMetricsResponse> HandleAsync(DescribeStaffStatusMetricsRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var statuses = ParseStatusList(request.StatusList);
        if (request.StaffList is { } mails)
            for (var i = 0; i < mails.Count; i++)
                if (string.IsNullOrEmpty(mails[i]))
                    throw StaffErrors.InvalidValue($"StaffList.{i}", "must not be empty.", "不能为空。");

        var keys = request.StaffList?.Select(AgentFields.MailKey).Distinct().ToList();
        var agents = await call.Services.GetRequiredService<AgentDirectory>()
            .ListAsync(request.SdkAppId, keys, request.GroupIdList, cancellationToken);

        var directory = call.Services.GetRequiredService<IPresenceDirectory>();
        var views = await Task.WhenAll(agents.Select(a => directory.GetAsync(new AgentKey(request.SdkAppId, a.MailKey))));
        var live = agents.Zip(views).Where(p => statuses is null || statuses.Contains(p.Second.Status)).ToList();
        if (live.Count == 0) return new DescribeStaffStatusMetricsResponse();

        var options = call.Services.GetRequiredService<PresenceOptions>();
        var now = call.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var dayStartMs = options.StartOfDay(now).ToUnixTimeMilliseconds();
        var nowMs = now.ToUnixTimeMilliseconds();
        var liveKeys = live.Select(p => p.First.MailKey).ToList();
        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var history = db.AgentStatusChanges.AsNoTracking()
            .Where(c => c.SdkAppId == request.SdkAppId && liveKeys.Contains(c.AgentMailKey));
        var today = (await history.Where(c => c.TimestampMs >= dayStartMs)
                .OrderBy(c => c.Id)
                .Select(c => new { c.AgentMailKey, c.TimestampMs, c.Status, c.PreviousStatus })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.AgentMailKey, StringComparer.Ordinal);
        var lastChange = await history.GroupBy(c => c.AgentMailKey)
            .Select(g => new { g.Key, Ms = g.Max(c => c.TimestampMs) })
            .ToDictionaryAsync(x => x.Key, x => x.Ms, StringComparer.Ordinal, cancellationToken);
        var lastOnline = await history.Where(c => c.PreviousStatus == AgentStatus.Offline && c.Status != AgentStatus.Offline)
            .GroupBy(c => c.AgentMailKey)
            .Select(g => new { g.Key, Ms = g.Max(c => c.TimestampMs) })
            .ToDictionaryAsync(x => x.Key, x => x.Ms, StringComparer.Ordinal, cancellationToken);

        return new DescribeStaffStatusMetricsResponse
        {
            Metrics = live.Select(p =>
            {
                var (agent, view) = p;
                var changes = today[agent.MailKey].ToList();
                var atMidnight = changes.Count > 0 ? changes[0].PreviousStatus : view.Status;
                var durations = StatusDurations.Between(dayStartMs, nowMs, atMidnight, changes.Select(c => (c.TimestampMs, c.Status)));
                return new StaffStatusMetrics
                {
                    Email = agent.Mail,
                    Status = AgentStatusNames.ForCloudApi(view.Status),
                    OnlineDuration = durations.OnlineSeconds,
                    FreeDuration = durations.SecondsIn(AgentStatus.Free),
                    BusyDuration = durations.SecondsIn(AgentStatus.Busy),
                    NotReadyDuration = durations.SecondsIn(AgentStatus.NotReady),
                    RestDuration = durations.SecondsIn(AgentStatus.Rest),
                    AfterCallWorkDuration = durations.SecondsIn(AgentStatus.Arrange),
                    Reason = view.Reason ?? "",
                    ReserveRest = view.Reserved == AgentStatus.Rest,
                    ReserveNotReady = view.Reserved == AgentStatus.NotReady,
                    UseMobileAccept = agent.UseMobileAccept,
                    UseMobileCallOut = agent.UseMobileCallOut,
                    LastOnlineTimestamp = lastOnline.TryGetValue(agent.MailKey, out var online) ? online / 1000 : null,
                    LastStatusTimestamp = lastChange.TryGetValue(agent.MailKey, out var changed) ? changed / 1000 : null,
                    ClientInfo = [new ClientInfo { ClientType = "Web", IsConnected = view.ConnectedClients > 0 }],
                };
            }).ToList(),
        };
    }

    private static HashSet<AgentStatus>? ParseStatusList(IReadOnlyList<string>? names)
    {
        if (names is null) return null;
        var statuses = new HashSet<AgentStatus>();
        for (var i = 0; i < names.Count; i++)
        {
            if (!AgentStatusNames.TryParse(names[i], out var status))
                throw StaffErrors.InvalidValue($"StatusList.{i}", $"'{names[i]}' is not a status; use free, busy, rest, notReady, afterCallWork or offline.",
                    $"'{names[i]}' 不是座席状态，可用 free、busy、rest、notReady、afterCallWork、offline。");
            statuses.Add(status);
        }
        return statuses;
    }
}
