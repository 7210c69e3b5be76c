using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Staff.Agents;

/// <summary>
/// DeleteStaff: deletes the listed agents that are offline (their memberships go with them); online agents
/// are kept and listed, unknown mails are reported in DeleteStatusInfo, never as an error.
/// </summary>
internal static class DeleteStaffAction
{
    public const int MaxAgents = 200;

    public static async Task<DeleteStaffResponse> HandleAsync(DeleteStaffRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        using var write = await call.BeginStaffWriteAsync(request.SdkAppId, cancellationToken);
        if (request.StaffList is not { Count: >= 1 and <= MaxAgents } mails)
            throw StaffErrors.InvalidValue("StaffList", $"must list 1 to {MaxAgents} agent mails.", $"必须包含 1 到 {MaxAgents} 个座席邮箱。");
        for (var i = 0; i < mails.Count; i++)
            if (string.IsNullOrEmpty(mails[i]))
                throw StaffErrors.InvalidValue($"StaffList.{i}", "must not be empty.", "不能为空。");

        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var keys = mails.Select(AgentFields.MailKey).Distinct().ToList();
        var found = await db.Agents.AsNoTracking()
            .Where(a => a.SdkAppId == request.SdkAppId && keys.Contains(a.MailKey))
            .Select(a => new { a.Id, a.Mail, a.MailKey })
            .ToListAsync(cancellationToken);

        var presence = call.Services.GetRequiredService<IAgentPresence>();
        var online = await presence.FindOnlineAsync(request.SdkAppId, found.Select(a => a.MailKey).ToList(), cancellationToken);
        var deletable = found.Where(a => !online.Contains(a.MailKey)).Select(a => a.Id).ToList();
        var deleted = deletable.Count == 0 ? 0 : await db.Agents
            .Where(a => a.SdkAppId == request.SdkAppId && deletable.Contains(a.Id))
            .ExecuteDeleteAsync(cancellationToken);

        var onlineMails = found.Where(a => online.Contains(a.MailKey)).Select(a => a.Mail).ToList();
        var unknown = keys.Except(found.Select(a => a.MailKey)).ToList();
        return new DeleteStaffResponse
        {
            OnlineStaffList = onlineMails,
            DeleteStatusInfo = Describe(deleted, onlineMails, unknown, call.Language),
        };
    }

    /// <summary>The human-readable outcome, e.g. "Deleted 2 agent(s). Online, not deleted: a@x.com."</summary>
    internal static string Describe(int deleted, IReadOnlyList<string> online, IReadOnlyList<string> unknown, string language)
    {
        var chinese = language == CloudApiLanguages.Chinese;
        var parts = new List<string> { chinese ? $"已删除 {deleted} 个座席。" : $"Deleted {deleted} agent(s)." };
        if (online.Count > 0)
            parts.Add(chinese ? $"在线未删除：{string.Join(", ", online)}。" : $"Online, not deleted: {string.Join(", ", online)}.");
        if (unknown.Count > 0)
            parts.Add(chinese ? $"不存在：{string.Join(", ", unknown)}。" : $"Not found: {string.Join(", ", unknown)}.");
        return string.Join(chinese ? "" : " ", parts);
    }
}
