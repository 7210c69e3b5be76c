using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.Chat.Records;

/// <summary>
/// DescribeChatMessages: one page of a chat's transcript — what the visitor and the agents wrote, newest first
/// unless asked otherwise. By <c>SessionId</c> the whole conversation across transfers; by the deprecated
/// <c>CdrId</c> (a record's id) only the messages written during that service. Switchboard's own notices
/// (agent joined, transferred) are not part of the transcript: the records and the webhook carry those.
/// </summary>
internal static class DescribeChatMessagesAction
{
    private const long OldestFirst = 1;
    private const long NewestFirst = 2;

    public static async Task<DescribeChatMessagesResponse> HandleAsync(DescribeChatMessagesRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var page = RecordPage.From(request.Limit, request.Offset, ErrorCodes.InvalidParameterValue);
        var order = request.Order ?? NewestFirst;
        if (order is not (OldestFirst or NewestFirst))
            throw RecordErrors.Invalid(ErrorCodes.InvalidParameterValue, "Order", $"must be 1 (oldest first) or 2 (newest first), not {order}.", $"必须为 1（从早到晚）或 2（从晚到早），当前为 {order}。");

        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var queries = CompiledQueriesPerModel<Queries>.For(db);
        var transcript = await FindAsync(db, queries, request, cancellationToken);

        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var rows = new List<ChatMessage>(Math.Min(page.Take, 64));
        var source = order == OldestFirst
            ? queries.OldestFirst(db, request.SdkAppId, transcript.SessionId, transcript.FromMs, transcript.ToMs, page.Skip, page.Take)
            : queries.NewestFirst(db, request.SdkAppId, transcript.SessionId, transcript.FromMs, transcript.ToMs, page.Skip, page.Take);
        await foreach (var row in source.WithCancellation(cancellationToken)) rows.Add(row);
        var total = rows.Count < page.Take && (rows.Count > 0 || page.Skip == 0)
            ? page.Skip + rows.Count
            : await queries.Count(db, request.SdkAppId, transcript.SessionId, transcript.FromMs, transcript.ToMs, cancellationToken);

        var uploads = await AttachmentsAsync(db, request.SdkAppId, transcript.SessionId, rows, cancellationToken);
        return new DescribeChatMessagesResponse
        {
            TotalCount = total,
            Messages = rows.Select(m => new MessageBody
            {
                Timestamp = m.TimestampMs / 1000,
                From = m.Sender,
                Messages = [TranscriptElements.ToElement(m, uploads.GetValueOrDefault(m.Content))],
            }).ToList(),
        };
    }

    /// <summary>The session and time range the request names; a session or record of another application does not exist.</summary>
    private static async Task<Transcript> FindAsync(SwitchboardDb db, Queries queries, DescribeChatMessagesRequest request, CancellationToken cancellationToken)
    {
        var sessionId = string.IsNullOrEmpty(request.SessionId) ? null : request.SessionId;
        if (!string.IsNullOrEmpty(request.CdrId))
        {
            if (!long.TryParse(request.CdrId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cdrId)
                || await queries.Record(db, request.SdkAppId, cdrId, cancellationToken) is not { } record
                || (sessionId is not null && sessionId != record.SessionId))
                throw RecordErrors.RecordNotExist("CdrId", request.CdrId);
            return new Transcript(record.SessionId, record.StartedAtMs, record.EndedAtMs);
        }
        if (sessionId is null) throw RecordErrors.MissingSession();
        if (sessionId.Length > 64 || !await queries.SessionExists(db, request.SdkAppId, sessionId, cancellationToken))
            throw RecordErrors.RecordNotExist("SessionId", sessionId);
        return new Transcript(sessionId, 0, long.MaxValue);
    }

    private static async Task<Dictionary<string, ChatAttachment>> AttachmentsAsync(
        SwitchboardDb db, long sdkAppId, string sessionId, List<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Where(m => m.Type is ChatMessageTypes.Image or ChatMessageTypes.File).Select(m => m.Content).Distinct().ToList();
        if (ids.Count == 0) return [];
        return await db.ChatAttachments.AsNoTracking()
            .Where(a => a.SdkAppId == sdkAppId && a.SessionId == sessionId && ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    private readonly record struct Transcript(string SessionId, long FromMs, long ToMs);

    /// <summary>
    /// The compiled queries of one EF model (<see cref="CompiledQueriesPerModel{TQueries}"/>). A transcript holds the
    /// participants' messages only: text, image and file, not Switchboard's event notices.
    /// </summary>
    private sealed class Queries
    {
        public readonly Func<SwitchboardDb, long, string, long, long, int, int, IAsyncEnumerable<ChatMessage>> OldestFirst =
            EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, string sessionId, long fromMs, long toMs, int skip, int take) =>
                db.ChatMessages.AsNoTracking().Where(m => m.SessionId == sessionId && m.SdkAppId == sdkAppId
                    && m.TimestampMs >= fromMs && m.TimestampMs <= toMs
                    && (m.Type == ChatMessageTypes.Text || m.Type == ChatMessageTypes.Image || m.Type == ChatMessageTypes.File))
                    .OrderBy(m => m.Id).Skip(skip).Take(take));

        public readonly Func<SwitchboardDb, long, string, long, long, int, int, IAsyncEnumerable<ChatMessage>> NewestFirst =
            EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, string sessionId, long fromMs, long toMs, int skip, int take) =>
                db.ChatMessages.AsNoTracking().Where(m => m.SessionId == sessionId && m.SdkAppId == sdkAppId
                    && m.TimestampMs >= fromMs && m.TimestampMs <= toMs
                    && (m.Type == ChatMessageTypes.Text || m.Type == ChatMessageTypes.Image || m.Type == ChatMessageTypes.File))
                    .OrderByDescending(m => m.Id).Skip(skip).Take(take));

        public readonly Func<SwitchboardDb, long, string, long, long, CancellationToken, Task<long>> Count =
            EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, string sessionId, long fromMs, long toMs, CancellationToken _) =>
                db.ChatMessages.AsNoTracking().Where(m => m.SessionId == sessionId && m.SdkAppId == sdkAppId
                    && m.TimestampMs >= fromMs && m.TimestampMs <= toMs
                    && (m.Type == ChatMessageTypes.Text || m.Type == ChatMessageTypes.Image || m.Type == ChatMessageTypes.File))
                    .LongCount());

        public readonly Func<SwitchboardDb, long, long, CancellationToken, Task<ChatServiceRecord?>> Record =
            EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, long id, CancellationToken _) =>
                db.ChatServiceRecords.AsNoTracking().FirstOrDefault(r => r.Id == id && r.SdkAppId == sdkAppId));

        public readonly Func<SwitchboardDb, long, string, CancellationToken, Task<bool>> SessionExists =
            EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, string sessionId, CancellationToken _) =>
                db.ChatSessions.Any(s => s.Id == sessionId && s.SdkAppId == sdkAppId));
    }
}
