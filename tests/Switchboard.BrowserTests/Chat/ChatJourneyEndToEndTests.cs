using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;
using Switchboard.Client;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.BrowserTests.Chat;

/// <summary>
/// One visitor's whole journey through real pages: the widget on a shop page, three agent workstations by SdkURL,
/// an offer ringing out to the next agent, a transfer, the visitor reloading, the end; then the records through the
/// cloud API and the business's webhook, which fails twice before it accepts.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChatJourneyEndToEndTests(BrowserFixture browser)
{
    private const string Ann = "ann@example.com";
    private const string Bea = "bea@example.com";
    private const string Cid = "cid@example.com";
    private const string Secret = "journey-webhook-secret-0123456789";

    [Fact]
    public async Task A_visitor_rings_out_to_the_next_agent_is_transferred_reloads_and_ends_and_the_business_gets_records_and_signed_events()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var receiver = await WebhookReceiver.StartAsync(ReceiverAnswer.ServerError, ReceiverAnswer.DropConnection);
        await using var chat = await ChatEndToEnd.StartAsync(browser, 1, new SkillGroupRoutingInfo { RingTimeoutSeconds = 3 }, Ann, Bea, Cid);
        await chat.Backend.Client.ModifyPushSubscriptionAsync(new() { SdkAppId = chat.Backend.App, Url = receiver.Url, Secret = Secret }, cancellation);
        var ann = await chat.AgentAsync(Ann);
        var bea = await chat.AgentAsync(Bea);
        var cid = await chat.AgentAsync(Cid);
        var startedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        // Ann, free longest, is rung first and lets it ring out: the chat moves to Bea and Ann is made notReady.
        var visitor = await chat.VisitorAsync("Dora");
        var session = await ChatEndToEnd.SessionOfAsync(visitor);
        Assert.Equal(session, (await ann.WaitForEventAsync("callIn")).GetProperty("sessionId").GetString());
        Assert.Equal(session, (await ann.WaitForEventAsync("autoTransfer")).GetProperty("sessionId").GetString());
        Assert.Equal(session, (await bea.WaitForEventAsync("callIn")).GetProperty("sessionId").GetString());
        await ann.Page.WaitForFunctionAsync("() => tccc.Agent.getStatus() === 'notReady'");

        (await bea.SettleAsync($"tccc.Chat.accept({{ sessionId: '{session}' }})")).AssertResolved();
        await ChatEndToEnd.StatusAsync(visitor, "You are chatting with Agent bea");
        await ChatEndToEnd.SayAsync(visitor, "My parcel never came");
        var beaLog = ChatEndToEnd.Workbench(bea).GetByRole(AriaRole.Log);
        await Expect(beaLog.Locator(".msg[data-role=visitor] .msg-body")).ToHaveTextAsync(["My parcel never came"]);
        await ChatEndToEnd.ReplyAsync(bea, "Dora", "Passing you to our delivery team.");
        await Expect(visitor.Messages.Last).ToHaveTextAsync("Passing you to our delivery team.");

        // Bea hands the chat to Cid; Cid sees the conversation so far.
        (await bea.SettleAsync($"tccc.Chat.transfer({{ sessionId: '{session}', userId: '{Cid}' }})")).AssertResolved();
        var transfer = await bea.WaitForEventAsync("transfer");
        Assert.Equal((session, Cid), (transfer.GetProperty("sessionId").GetString(), transfer.GetProperty("userId").GetString()));
        Assert.Equal(session, (await cid.WaitForEventAsync("callIn")).GetProperty("sessionId").GetString());
        (await cid.SettleAsync($"tccc.Chat.accept({{ sessionId: '{session}' }})")).AssertResolved();
        await ChatEndToEnd.StatusAsync(visitor, "You are chatting with Agent cid");
        var cidLog = ChatEndToEnd.Workbench(cid).GetByRole(AriaRole.Log);
        await Expect(cidLog.Locator(".msg[data-role=visitor] .msg-body")).ToHaveTextAsync(["My parcel never came"]);

        // The visitor reloads: same conversation, same agent, nothing twice.
        await visitor.ReloadAsync();
        await ChatEndToEnd.StatusAsync(visitor, "You are chatting with Agent cid");
        await Expect(visitor.Messages).ToHaveTextAsync(["My parcel never came", "Passing you to our delivery team."]);
        await ChatEndToEnd.SayAsync(visitor, "Still there?");
        await Expect(cidLog.Locator(".msg[data-role=visitor] .msg-body")).ToHaveTextAsync(["My parcel never came", "Still there?"]);

        (await cid.SettleAsync($"tccc.Chat.end({{ sessionId: '{session}' }})")).AssertResolved();
        var ended = await cid.WaitForEventAsync("sessionEnded");
        Assert.Equal("seat", ended.GetProperty("closeBy").GetString());
        await ChatEndToEnd.StatusAsync(visitor, "The chat has ended.");

        // "How was your chat?": the visitor answers once; a reload does not ask again.
        var rating = visitor.Widget.GetByRole(AriaRole.Group, new() { Name = "Rate this chat" });
        await rating.GetByRole(AriaRole.Button, new() { Name = "Satisfied", Exact = true }).ClickAsync();
        await Expect(rating).ToHaveTextAsync("Thank you for your feedback.");
        await visitor.ReloadAsync();
        await ChatEndToEnd.StatusAsync(visitor, "The chat has ended.");
        await Expect(rating).ToBeHiddenAsync();

        // Records: Bea's service ended by the transfer (101), Cid's normally (1) and rated; the transcript in order.
        var records = (await chat.Backend.Client.DescribeIMCdrListAsync(new()
        {
            SdkAppId = chat.Backend.App, StartTimestamp = startedAt - 5, EndTimestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5,
        }, cancellation)).IMCdrList.Where(r => r.SessionId == session).ToList();
        Assert.Equal([(Bea, 101L), (Cid, 1L)], records.Select(r => (r.StaffId, r.EndStatus)));
        Assert.All(records, r => Assert.Equal("Dora", r.Nickname));
        Assert.Equal([null, "Satisfied"], records.Select(r => r.Satisfaction?.Label));
        var transcript = (await chat.Backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = chat.Backend.App, SessionId = session, Order = 1 }, cancellation)).Messages;
        Assert.Equal(["My parcel never came", "Passing you to our delivery team.", "Still there?"],
            transcript.SelectMany(m => m.Messages).Where(m => m.Type == "TIMTextElem").Select(m => m.Content));

        // The webhook: six events, each signed; the first one failed twice (500, dropped) and came again with the same id.
        var received = await receiver.WaitForAsync(8, TimeSpan.FromSeconds(30));
        foreach (var push in received)
        {
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret),
                Encoding.UTF8.GetBytes(push.Header("X-Switchboard-Timestamp") + "." + push.Body)));
            Assert.Equal(expected, push.Header("X-Switchboard-Signature"));
            Assert.Equal(push.Header("X-TCCC-PUSH-UUID"), push.Header("X-Switchboard-Delivery"));
        }
        var deliveries = received.GroupBy(p => p.Header("X-TCCC-PUSH-UUID")).ToList();
        Assert.Equal(6, deliveries.Count);
        var redelivered = Assert.Single(deliveries, d => d.Count() > 1);
        Assert.Equal(3, redelivered.Count());
        Assert.Single(redelivered.Select(p => p.Body).Distinct());
        var events = deliveries.Select(d => JsonDocument.Parse(d.First().Body).RootElement)
            .OrderBy(e => e.GetProperty("EventTime").GetInt64())
            .Select(e => (e.GetProperty("Event").GetString(), e.GetProperty("SessionId").GetString()))
            .ToList();
        Assert.Equal(
            [("SessionStarted", session), ("SessionAccepted", session), ("SessionTransferred", session), ("SessionAccepted", session), ("SessionEnded", session),
             ("SessionRated", session)],
            events);
    }
}
