using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Switchboard.Chat;
using Switchboard.IntegrationTests.Chat.Desk;
using Switchboard.IntegrationTests.Push;

namespace Switchboard.IntegrationTests.Records;

/// <summary>A real chat through the desk leaves records and a transcript the cloud API reads, and webhook events a receiver gets.</summary>
public sealed class ChatRecordsEndToEndTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_transferred_chat_is_read_back_as_two_records_its_transcript_and_five_signed_events()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com", "bea@example.com");
        await using var _ = chat;
        var client = chat.Presence.Client;
        await client.ModifyPushSubscriptionAsync(new() { SdkAppId = chat.App, Url = receiver.Url, Secret = PushScenario.Secret }, Cancellation);
        await chat.LogInAsync("ann@example.com");
        chat.Advance(TimeSpan.FromSeconds(1));
        await chat.LogInAsync("bea@example.com");
        var startedAt = chat.Clock.GetUtcNow().ToUnixTimeSeconds();

        var session = await chat.StartAsync("v-7", group, nickname: "Zoë");
        chat.Advance(TimeSpan.FromSeconds(2));
        await chat.AcceptAsync("ann@example.com", session.SessionId);
        await chat.Desk.PostAsync(chat.App, session.SessionId, ChatSender.Visitor("v-7"), ChatMessageTypes.Text, "my order is late", "c-1");
        chat.Advance(TimeSpan.FromSeconds(30));
        await chat.Desk.PostAsync(chat.App, session.SessionId, ChatSender.Agent("ann@example.com"), ChatMessageTypes.Text, "passing you to Bea", "a-1");
        var moved = await chat.Desk.TransferAsync(chat.Agent("ann@example.com"), session.SessionId, null, "bea@example.com");
        Assert.True(moved.Accepted, moved.Refusal);
        await chat.AcceptAsync("bea@example.com", session.SessionId);
        chat.Advance(TimeSpan.FromSeconds(10));
        await chat.Desk.PostAsync(chat.App, session.SessionId, ChatSender.Agent("bea@example.com"), ChatMessageTypes.Text, "found it", "b-1");
        var ended = await chat.Desk.EndByVisitorAsync(chat.Visitor("v-7"), session.SessionId);
        Assert.True(ended.Accepted, ended.Refusal);

        var cdrs = await client.DescribeIMCdrsAsync(new() { SdkAppId = chat.App, StartTimestamp = startedAt - 5, EndTimestamp = startedAt + 120 }, Cancellation);
        Assert.Equal(2, cdrs.TotalCount);
        var (ann, bea) = (cdrs.IMCdrList[0], cdrs.IMCdrList[1]);
        Assert.Equal((session.SessionId, "ann@example.com", 101L, 30L, "Zoë", "v-7", group.ToString(), "Chat"),
            (ann.SessionId, ann.StaffId, ann.EndStatus, ann.Duration, ann.Nickname, ann.ClientUserId, ann.SkillGroupId, ann.SkillGroupName));
        Assert.Equal((session.SessionId, "bea@example.com", 1L, 10L), (bea.SessionId, bea.StaffId, bea.EndStatus, bea.Duration));

        var transcript = await client.DescribeChatMessagesAsync(new() { SdkAppId = chat.App, SessionId = session.SessionId, Order = 1 }, Cancellation);
        Assert.Equal(["my order is late", "passing you to Bea", "found it"], transcript.Messages.Select(m => m.Messages[0].Content));
        Assert.Equal(["v-7", "ann@example.com", "bea@example.com"], transcript.Messages.Select(m => m.From));
        var annOnly = await client.DescribeChatMessagesAsync(new() { SdkAppId = chat.App, CdrId = ann.Id, Order = 1 }, Cancellation);
        Assert.Equal(["my order is late", "passing you to Bea"], annOnly.Messages.Select(m => m.Messages[0].Content));

        // A receiver drops a repeated delivery id; a retry on a busy machine may have sent one twice.
        var pushes = (await DeliveredAsync(chat, receiver, 5)).DistinctBy(p => p.Header("X-TCCC-PUSH-UUID")).ToList();
        var events = pushes.Select(p => JsonDocument.Parse(p.Body).RootElement).ToList();
        Assert.All(events, e => Assert.Equal(session.SessionId, e.GetProperty("SessionId").GetString()));
        // Deliveries are sent side by side, so they may arrive in any order; EventTime orders them.
        Assert.Equal(["SessionAccepted", "SessionAccepted", "SessionEnded", "SessionStarted", "SessionTransferred"],
            events.Select(e => e.GetProperty("Event").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(5, pushes.Count);
        foreach (var push in pushes)
        {
            var signed = push.Header("X-Switchboard-Timestamp") + "." + push.Body;
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(PushScenario.Secret), Encoding.UTF8.GetBytes(signed)));
            Assert.Equal(expected, push.Header("X-Switchboard-Signature"));
        }
        var end = events.Single(e => e.GetProperty("Event").GetString() == "SessionEnded");
        Assert.Equal((1, "client", "bea@example.com"), (end.GetProperty("EndStatus").GetInt32(), end.GetProperty("CloseBy").GetString(), end.GetProperty("StaffId").GetString()));
        var transfer = events.Single(e => e.GetProperty("Event").GetString() == "SessionTransferred");
        Assert.Equal(("ann@example.com", "bea@example.com"), (transfer.GetProperty("StaffId").GetString(), transfer.GetProperty("TransferStaffId").GetString()));
    }

    /// <summary>
    /// Waits for <paramref name="count"/> distinct deliveries while moving the server's fake clock on, as real time would, so
    /// an attempt that failed on a busy machine is retried; on a timeout the message shows every delivery's state.
    /// </summary>
    private static async Task<IReadOnlyList<ReceivedPush>> DeliveredAsync(ChatScenario chat, WebhookReceiver receiver, int count)
    {
        int Distinct() => receiver.Received.Select(p => p.Header("X-TCCC-PUSH-UUID")).Distinct().Count();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (Distinct() < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Cancellation);
            chat.Advance(TimeSpan.FromSeconds(1));
        }
        if (Distinct() < count)
        {
            var deliveries = await chat.Presence.Client.DescribePushDeliveriesAsync(new() { SdkAppId = chat.App, Limit = 100 }, Cancellation);
            Assert.Fail($"The receiver got {Distinct()} of {count} deliveries: "
                + string.Join("; ", deliveries.Deliveries.Select(d => $"{d.Event} {d.State} after {d.Attempts} ({d.LastError})")));
        }
        return receiver.Received;
    }
}
