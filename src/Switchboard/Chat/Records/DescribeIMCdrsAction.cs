using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.Chat.Records;

/// <summary>
/// DescribeIMCdrs and DescribeIMCdrList: one page of an application's chat service records whose service started
/// in the window, in the order they were written (when each service ended), so pages stay put while new records
/// arrive. Records are written when a service ends; a session still queued or being served has none yet.
/// </summary>
internal static class DescribeIMCdrsAction
{
    /// <summary>IMCdrInfo.Type of text chat: every Switchboard chat (web widget text, emoji, images, files).</summary>
    public const long TextType = 2;

    /// <summary>IMCdrInfo.Type of Tencent's omni-channel desk, which Switchboard does not have.</summary>
    public const long OmniChannelType = 1;

    public static async Task<DescribeIMCdrsResponse> HandleAsync(DescribeIMCdrsRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        var sdkAppId = request.SdkAppId ?? throw RecordErrors.MissingApplication();
        var (total, records) = await ReadAsync(call, sdkAppId, request.StartTimestamp, request.EndTimestamp,
            request.Limit, request.Offset, request.Type, cancellationToken);
        return new DescribeIMCdrsResponse { TotalCount = total, IMCdrList = records, IMCdrs = records };
    }

    public static async Task<DescribeIMCdrListResponse> HandleListAsync(DescribeIMCdrListRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        var (total, records) = await ReadAsync(call, request.SdkAppId, request.StartTimestamp, request.EndTimestamp,
            request.Limit, request.Offset, request.Type, cancellationToken);
        return new DescribeIMCdrListResponse { TotalCount = total, IMCdrList = records };
    }

    private static async Task<(long Total, IReadOnlyList<IMCdrInfo> Records)> ReadAsync(
        CloudApiCall call, long sdkAppId, long start, long end, long? limit, long? offset, long? type, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(sdkAppId, cancellationToken);
        var window = RecordWindow.From(start, end);
        var page = RecordPage.From(limit, offset, ErrorCodes.InvalidParameter);
        if (type is not (null or TextType or OmniChannelType))
            throw RecordErrors.Invalid(ErrorCodes.InvalidParameter, "Type", $"must be 1 (omni-channel) or 2 (text), not {type}.", $"必须为 1（全媒体）或 2（文本），当前为 {type}。");
        if (type == OmniChannelType) return (0, []);

        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var queries = CompiledQueriesPerModel<Queries>.For(db);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var rows = new List<ChatServiceRecord>(Math.Min(page.Take + 1, 64));
        await foreach (var row in queries.Page(db, sdkAppId, window.FromMs, window.ToMs, page.Skip, page.Take + 1).WithCancellation(cancellationToken))
            rows.Add(row);
        // One row more than the page tells whether the total needs counting.
        var full = rows.Count > page.Take;
        if (full) rows.RemoveAt(page.Take);
        var total = full || (rows.Count == 0 && page.Skip > 0)
            ? await queries.Count(db, sdkAppId, window.FromMs, window.ToMs, cancellationToken)
            : page.Skip + rows.Count;
        return (total, rows.Select(ToInfo).ToList());
    }

    /// <summary>The wire form of a record; <see cref="IMCdrInfo.Duration"/> counts from the accept, 0 without one.</summary>
    public static IMCdrInfo ToInfo(ChatServiceRecord record) => new()
    {
        Id = record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SessionId = record.SessionId,
        Duration = record.AcceptedAtMs is { } accepted ? Math.Max(0, record.EndedAtMs - accepted) / 1000 : 0,
        EndStatus = record.EndStatus,
        Nickname = record.Nickname,
        Type = TextType,
        StaffId = record.AgentMail ?? "",
        Timestamp = record.StartedAtMs / 1000,
        SkillGroupId = record.SkillGroupId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SkillGroupName = record.SkillGroupName,
        Satisfaction = record.SatisfactionId is { } rating ? new IMSatisfaction { Id = rating, Label = record.SatisfactionLabel ?? "" } : null,
        ClientUserId = record.VisitorId,
    };

    /// <summary>The compiled queries of one EF model (<see cref="CompiledQueriesPerModel{TQueries}"/>).</summary>
    private sealed class Queries
    {
        public readonly Func<SwitchboardDb, long, long, long, int, int, IAsyncEnumerable<ChatServiceRecord>> Page =
            EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, long fromMs, long toMs, int skip, int take) =>
                db.ChatServiceRecords.AsNoTracking()
                    .Where(r => r.SdkAppId == sdkAppId && r.StartedAtMs >= fromMs && r.StartedAtMs <= toMs)
                    .OrderBy(r => r.Id)
                    .Skip(skip)
                    .Take(take));

        public readonly Func<SwitchboardDb, long, long, long, CancellationToken, Task<long>> Count =
            EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, long fromMs, long toMs, CancellationToken _) =>
                db.ChatServiceRecords.LongCount(r => r.SdkAppId == sdkAppId && r.StartedAtMs >= fromMs && r.StartedAtMs <= toMs));
    }
}
