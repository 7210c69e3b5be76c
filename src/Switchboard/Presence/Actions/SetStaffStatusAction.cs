using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Staff;

namespace Switchboard.Presence.Actions;

/// <summary>
/// SetStaffStatus: asks each agent's grain for the new state, as the agent's own workstation would. Malformed
/// input fails the whole request; an unknown agent or a refused transition fails only its own item.
/// </summary>
internal static class SetStaffStatusAction
{
    public const int MaxItems = 10;
    private static readonly string[] Settable = ["free", "notReady", "rest"];

    public static async Task<SetStaffStatusResponse> HandleAsync(SetStaffStatusRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        if (request.StaffStatusList is not { Count: >= 1 and <= MaxItems } items)
            throw StaffErrors.InvalidValue("StaffStatusList", $"must list 1 to {MaxItems} agents.", $"必须包含 1 到 {MaxItems} 个座席。");
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrEmpty(items[i].StaffUserId))
                throw StaffErrors.InvalidValue($"StaffStatusList.{i}.StaffUserId", "must not be empty.", "不能为空。");
            if (!Settable.Contains(items[i].Status, StringComparer.Ordinal))
                throw StaffErrors.InvalidValue($"StaffStatusList.{i}.Status", $"must be free, notReady or rest, not '{items[i].Status}'.", $"必须是 free、notReady 或 rest，而不是 '{items[i].Status}'。");
        }

        var keys = items.Select(item => AgentFields.MailKey(item.StaffUserId)).Distinct().ToList();
        var known = (await call.Services.GetRequiredService<AgentDirectory>().ListAsync(request.SdkAppId, keys, null, cancellationToken))
            .Select(a => a.MailKey).ToHashSet(StringComparer.Ordinal);

        var directory = call.Services.GetRequiredService<GrainPresenceDirectory>();
        var results = new List<SetStaffStatusRspItem>(items.Count);
        // One after another: two items for the same agent apply in the order given.
        foreach (var item in items)
        {
            var key = AgentFields.MailKey(item.StaffUserId);
            if (!known.Contains(key))
            {
                var missing = StaffErrors.AccountNotExist(item.StaffUserId);
                results.Add(new SetStaffStatusRspItem { StaffUserId = item.StaffUserId, ErrorCode = missing.Code, ErrorMessage = missing.MessageFor(call.Language) });
                continue;
            }
            var agent = new AgentKey(request.SdkAppId, key);
            var reason = item.Status == "rest" ? item.Reason : null;
            var (before, outcome) = await directory.ChangeAsync(agent, new PresenceRequest(item.Status, reason, PresenceSource.CloudApi));
            results.Add(new SetStaffStatusRspItem
            {
                StaffUserId = item.StaffUserId,
                ErrorCode = outcome.Accepted ? "" : ErrorCodes.FailedOperation,
                ErrorMessage = outcome.Refusal ?? "",
                Status = AgentStatusNames.ForCloudApi(outcome.View.Status),
                Reason = outcome.View.Reason ?? "",
                PreviousStatus = AgentStatusNames.ForCloudApi(before.Status),
                PreviousReason = before.Reason ?? "",
            });
        }
        return new SetStaffStatusResponse { StaffStatusList = results };
    }
}
