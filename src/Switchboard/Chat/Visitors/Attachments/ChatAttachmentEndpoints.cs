using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Switchboard.Chat.Visitors.Identity;
using Switchboard.Storage;

namespace Switchboard.Chat.Visitors.Attachments;

/// <summary>
/// <c>POST /chat/attachments?sessionId=</c> and <c>GET /chat/attachments/{id}</c> for a session's visitor and agents.
/// Uploads stream to disk with a byte count, so an oversized file is refused without being held in memory; the type
/// is decided from the bytes (<see cref="AttachmentSniffer"/>).
/// </summary>
public static class ChatAttachmentEndpoints
{
    /// <summary>The upload path.</summary>
    public const string Path = "/chat/attachments";

    /// <summary>Room for the multipart boundaries and headers around the file.</summary>
    private const long MultipartOverheadBytes = 64 * 1024;

    /// <summary>Nothing served here runs: no scripts, no plugins, no frames, no requests of its own.</summary>
    private const string ContentSecurityPolicy = "default-src 'none'; sandbox";

    /// <summary>Maps both endpoints and their CORS preflights.</summary>
    public static void MapChatAttachments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, (RequestDelegate)UploadAsync).WithDisplayName("Chat attachment upload");
        endpoints.MapMethods(Path, [HttpMethods.Options], ChatCors.Preflight).WithDisplayName("Chat attachment upload preflight");
        endpoints.MapMethods(Path + "/{id}", [HttpMethods.Get, HttpMethods.Head], (RequestDelegate)DownloadAsync).WithDisplayName("Chat attachment download");
        endpoints.MapMethods(Path + "/{id}", [HttpMethods.Options], ChatCors.Preflight).WithDisplayName("Chat attachment download preflight");
    }

    private static async Task UploadAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var maxBytes = services.GetRequiredService<IOptions<ChatVisitorOptions>>().Value.MaxAttachmentBytes;
        if (await ChatParticipant.AuthenticateAsync(http) is not { } participant)
        {
            await ChatCors.RefuseAsync(http, AttachmentRefusals.Unauthenticated);
            return;
        }
        var sessionId = http.Request.Query["sessionId"].ToString();
        var session = sessionId.Length is > 0 and <= VisitorLimits.MaxSessionIdLength
            ? await services.GetRequiredService<IChatDesk>().GetAsync(participant.SdkAppId, sessionId, participant.Sender)
            : null;
        if (session is null)
        {
            await ChatCors.RefuseAsync(http, AttachmentRefusals.SessionNotFound);
            return;
        }
        if (session.State == ChatSessionState.Ended)
        {
            await ChatCors.RefuseAsync(http, AttachmentRefusals.SessionEnded);
            return;
        }
        // Kestrel stops reading past this, whatever the client declared, so a lying Content-Length cannot get more in.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            bodyLimit.MaxRequestBodySize = maxBytes + MultipartOverheadBytes;
        if (http.Request.ContentLength > maxBytes + MultipartOverheadBytes)
        {
            await ChatCors.RefuseAsync(http, AttachmentRefusals.TooLarge(maxBytes));
            return;
        }
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            await ChatCors.RefuseAsync(http, AttachmentRefusals.NotMultipart);
            return;
        }

        var folder = services.GetRequiredService<AttachmentFolder>();
        folder.Ensure();
        var id = AttachmentFolder.NewId();
        var partial = folder.FileOf(id) + ".part";
        try
        {
            var received = await ReceiveAsync(http, boundary, partial, maxBytes);
            if (received.Refusal is not null)
            {
                await ChatCors.RefuseAsync(http, received.Refusal);
                return;
            }
            var fileName = AttachmentFileNames.Clean(received.FileName);
            var kind = AttachmentSniffer.FromHeader(received.Header);
            if (kind is null && AttachmentSniffer.ClaimsText(received.ClaimedType, fileName)
                && await AttachmentSniffer.IsPlainTextAsync(partial, http.RequestAborted))
                kind = AttachmentKind.Text;
            if (kind is null)
            {
                await ChatCors.RefuseAsync(http, AttachmentRefusals.UnsupportedType);
                return;
            }

            var attachment = new ChatAttachment
            {
                Id = id,
                SdkAppId = participant.SdkAppId,
                SessionId = session.SessionId,
                FileName = fileName,
                ContentType = kind.ContentType,
                Size = received.Size,
                IsImage = kind.IsImage,
                UploaderRole = participant.Sender.Role,
                Uploader = participant.Sender.Id,
                CreatedAtMs = services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeMilliseconds(),
            };
            // The file is in place before the row that names it, so a listed attachment always has its bytes.
            File.Move(partial, folder.FileOf(id));
            try
            {
                var db = services.GetRequiredService<SwitchboardDb>();
                db.ChatAttachments.Add(attachment);
                await db.SaveChangesAsync(http.RequestAborted);
            }
            catch
            {
                File.Delete(folder.FileOf(id));
                throw;
            }
            http.Response.StatusCode = StatusCodes.Status201Created;
            http.Response.Headers.CacheControl = "no-store";
            ChatCors.AllowAnyOrigin(http.Response);
            await http.Response.WriteAsJsonAsync(
                new ChatAttachmentView(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.IsImage),
                JsonSerializerOptions.Web, http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await ChatCors.RefuseAsync(http, AttachmentRefusals.TooLarge(maxBytes));
        }
        catch (Exception e) when (e is InvalidDataException || (e is IOException && !http.RequestAborted.IsCancellationRequested))
        {
            // A broken multipart body (bad boundary, truncated section); an aborted upload has nobody to answer.
            await ChatCors.RefuseAsync(http, new VisitorRefusal(StatusCodes.Status400BadRequest, "badRequest",
                $"The upload is not a readable multipart form: {e.Message}"));
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Streams the <c>file</c> field to <paramref name="path"/>, keeping its first bytes for the type check.</summary>
    private static async Task<ReceivedFile> ReceiveAsync(HttpContext http, string boundary, string path, long maxBytes)
    {
        var reader = new MultipartReader(boundary, http.Request.Body);
        while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data")
                || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, "file", StringComparison.Ordinal)
                || !(disposition.FileName.HasValue || disposition.FileNameStar.HasValue))
                continue;

            var header = new byte[AttachmentSniffer.HeaderLength];
            var headerLength = 0;
            long size = 0;
            var buffer = new byte[64 * 1024];
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true))
            {
                int read;
                while ((read = await section.Body.ReadAsync(buffer, http.RequestAborted)) > 0)
                {
                    size += read;
                    if (size > maxBytes) return ReceivedFile.Refused(AttachmentRefusals.TooLarge(maxBytes));
                    var forHeader = Math.Min(read, header.Length - headerLength);
                    buffer.AsSpan(0, forHeader).CopyTo(header.AsSpan(headerLength));
                    headerLength += forHeader;
                    await file.WriteAsync(buffer.AsMemory(0, read), http.RequestAborted);
                }
            }
            if (size == 0) return ReceivedFile.Refused(AttachmentRefusals.Empty);
            var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            return new ReceivedFile(name, section.ContentType, header[..headerLength], size, null);
        }
        return ReceivedFile.Refused(AttachmentRefusals.NoFile);
    }

    private static async Task DownloadAsync(HttpContext http)
    {
        var services = http.RequestServices;
        if (await ChatParticipant.AuthenticateAsync(http) is not { } participant)
        {
            await ChatCors.RefuseAsync(http, AttachmentRefusals.Unauthenticated);
            return;
        }
        var id = http.Request.RouteValues["id"] as string ?? "";
        var attachment = AttachmentFolder.IsWellFormedId(id)
            ? await services.GetRequiredService<SwitchboardDb>().ChatAttachments.AsNoTracking()
                .FirstOrDefaultAsync(a => a.Id == id && a.SdkAppId == participant.SdkAppId, http.RequestAborted)
            : null;
        // The same answer for "no such attachment" and "not yours": ids of other sessions are not confirmed.
        if (attachment is null
            || await services.GetRequiredService<IChatDesk>().GetAsync(participant.SdkAppId, attachment.SessionId, participant.Sender) is null)
        {
            await ChatCors.RefuseAsync(http, AttachmentRefusals.NotFound);
            return;
        }
        var path = services.GetRequiredService<AttachmentFolder>().FileOf(attachment.Id);
        if (!File.Exists(path))
        {
            services.GetRequiredService<ILogger<AttachmentFolder>>().LogWarning("Attachment {Id} is in the store but its file {Path} is missing", attachment.Id, path);
            await ChatCors.RefuseAsync(http, AttachmentRefusals.NotFound);
            return;
        }

        var response = http.Response;
        var headers = response.Headers;
        ChatCors.AllowAnyOrigin(response);
        headers.CacheControl = "private, no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        var disposition = new ContentDispositionHeaderValue(attachment.IsImage ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        headers.ContentDisposition = disposition.ToString();
        response.ContentType = attachment.ContentType;
        response.ContentLength = new FileInfo(path).Length;
        if (HttpMethods.IsHead(http.Request.Method)) return;
        await response.SendFileAsync(path, http.RequestAborted);
    }

    private sealed record ReceivedFile(string? FileName, string? ClaimedType, byte[] Header, long Size, VisitorRefusal? Refusal)
    {
        public static ReceivedFile Refused(VisitorRefusal refusal) => new(null, null, [], 0, refusal);
    }
}
