using Microsoft.Extensions.DependencyInjection;
using Switchboard.Chat;
using Switchboard.Storage;

namespace Switchboard.IntegrationTests.Records;

/// <summary>
/// Writes chat sessions, service records, messages and attachments straight into the server's store, as the desk
/// would have written them, so the record actions can be read against known rows.
/// </summary>
internal sealed class ChatRecordSeed(SwitchboardHost host, long sdkAppId)
{
    public long App => sdkAppId;

    /// <summary>A session of visitor <paramref name="visitorId"/> that started at <paramref name="startedAtMs"/>.</summary>
    public async Task<string> SessionAsync(string visitorId, long startedAtMs, string nickname = "Ann")
    {
        var id = Guid.NewGuid().ToString();
        await WriteAsync(db => db.ChatSessions.Add(new ChatSession
        {
            Id = id, SdkAppId = sdkAppId, VisitorId = visitorId, Nickname = nickname, FirstSkillGroupId = 7, SkillGroupId = 7,
            State = ChatSessionState.Ended, CreatedAtMs = startedAtMs, EndedAtMs = startedAtMs + 60_000, EndStatus = 1,
            CloseBy = ChatCloser.Client, LastVisitorActivityMs = startedAtMs,
        }));
        return id;
    }

    /// <summary>A service record; <paramref name="agentMail"/> null for a session no agent took.</summary>
    public async Task<ChatServiceRecord> RecordAsync(string sessionId, long startedAtMs, long? acceptedAtMs, long endedAtMs,
        string? agentMail = "ann@example.com", int endStatus = 1, string visitorId = "v-1", long skillGroupId = 7, string nickname = "Ann")
    {
        var record = new ChatServiceRecord
        {
            SdkAppId = sdkAppId, SessionId = sessionId, AgentMail = agentMail, SkillGroupId = skillGroupId, SkillGroupName = $"Group {skillGroupId}",
            VisitorId = visitorId, Nickname = nickname, StartedAtMs = startedAtMs, AcceptedAtMs = acceptedAtMs, EndedAtMs = endedAtMs,
            EndStatus = endStatus,
        };
        await WriteAsync(db => db.ChatServiceRecords.Add(record));
        return record;
    }

    /// <summary>A stored message; for image and file types <paramref name="content"/> is the attachment id.</summary>
    public async Task<ChatMessage> MessageAsync(string sessionId, long timestampMs, ChatParticipantRole role, string sender, string type, string content)
    {
        var message = new ChatMessage
        {
            SdkAppId = sdkAppId, SessionId = sessionId, TimestampMs = timestampMs, SenderRole = role, Sender = sender, Type = type,
            Content = content, ClientMessageId = Guid.NewGuid().ToString("N"),
        };
        await WriteAsync(db => db.ChatMessages.Add(message));
        return message;
    }

    /// <summary>An uploaded file's row (the bytes are not needed by the record actions).</summary>
    public async Task<ChatAttachment> AttachmentAsync(string sessionId, string fileName, string contentType, long size, bool isImage)
    {
        var attachment = new ChatAttachment
        {
            Id = Guid.NewGuid().ToString("N"), SdkAppId = sdkAppId, SessionId = sessionId, FileName = fileName, ContentType = contentType,
            Size = size, IsImage = isImage, UploaderRole = ChatParticipantRole.Visitor, Uploader = "v-1", CreatedAtMs = 0,
        };
        await WriteAsync(db => db.ChatAttachments.Add(attachment));
        return attachment;
    }

    private async Task WriteAsync(Action<SwitchboardDb> add)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        add(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
