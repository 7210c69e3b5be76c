using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.Presence.Actions;

/// <summary>
/// DescribeStaffStatusHistory: one agent's state changes in a window of less than 7 days within the last 180,
/// oldest first. Each entry carries the cursor that continues after it, so pages stay stable while new changes
/// are written.
/// </summary>
internal static class DescribeStaffStatusHistoryAction
{
    public const long DefaultPageSize = 100;
    public const long MaxPageSize = 1000;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(7);
    public static readonly TimeSpan Retention = TimeSpan.FromDays(180);

    public static async Task<DescribeStaffStatusHistoryResponse> HandleAsync(DescribeStaffStatusHistoryRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var now = call.UnixNow();
        var (start, end) = (request.StartTimestamp, request.EndTimestamp);
        if (start < now - (long)Retention.TotalSeconds)
            throw StaffErrors.InvalidValue("StartTimestamp", "must be within the last 180 days.", "必须在最近 180 天内。");
        if (end < start)
            throw StaffErrors.InvalidValue("EndTimestamp", "must not be before StartTimestamp.", "不能早于 StartTimestamp。");
        if (end - start >= (long)MaxWindow.TotalSeconds)
            throw StaffErrors.InvalidValue("EndTimestamp", "must be less than 7 days after StartTimestamp.", "与 StartTimestamp 的间隔必须小于 7 天。");
        var pageSize = request.PageSize ?? DefaultPageSize;
        if (pageSize is < 1 or > MaxPageSize)
            throw StaffErrors.InvalidValue("PageSize", $"must be 1 to {MaxPageSize}.", $"必须为 1 到 {MaxPageSize}。");
        var after = request.Cursor is null ? 0 : ReadCursor(request.Cursor);
        var agent = await PresenceAgents.RequireAsync(call, request.SdkAppId, request.StaffUserId, cancellationToken);

        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var (fromMs, toMs) = (start * 1000, end * 1000 + 999);
        // Ids grow in the order the agent's grain wrote the changes, which is the order they happened.
        var page = await db.AgentStatusChanges.AsNoTracking()
            .Where(c => c.SdkAppId == request.SdkAppId && c.AgentMailKey == agent.MailKey
                && c.TimestampMs >= fromMs && c.TimestampMs <= toMs && c.Id > after)
            .OrderBy(c => c.Id)
            .Take((int)pageSize)
            .ToListAsync(cancellationToken);
        return new DescribeStaffStatusHistoryResponse
        {
            Data = page.Select(c => new StaffStatus
            {
                Cursor = WriteCursor(c.Id),
                Timestamp = c.TimestampMs / 1000,
                Status = AgentStatusNames.ForCloudApi(c.Status),
                SessionId = c.SessionId ?? "",
                Reason = c.Reason ?? "",
                StaffEmail = agent.Mail,
                StaffNo = agent.StaffNumber,
            }).ToList(),
        };
    }

    internal static string WriteCursor(long id)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, id);
        return System.Buffers.Text.Base64Url.EncodeToString(bytes);
    }

    internal static long ReadCursor(string cursor)
    {
        Span<byte> bytes = stackalloc byte[9];
        if (cursor.Length == 11 && cursor.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            && System.Buffers.Text.Base64Url.TryDecodeFromChars(cursor, bytes, out var written) && written == 8)
        {
            var id = BinaryPrimitives.ReadInt64BigEndian(bytes);
            if (id > 0) return id;
        }
        throw StaffErrors.InvalidValue("Cursor", "is not a cursor this action returned.", "不是本接口返回的游标。");
    }
}
