using System.Text.Json;
using Switchboard.Chat;
using Switchboard.Client;
using Switchboard.IntegrationTests.Chat.Desk;

namespace Switchboard.IntegrationTests.Chat.Visitors;

/// <summary>The visitor hub on a real server with the real desk: what a widget sends and hears.</summary>
public sealed class VisitorHubTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_visitor_waits_with_a_queue_position_talks_with_the_agent_and_a_resend_is_stored_once()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, _, first, firstSession) = await visitors.VisitorInSessionAsync();
        await visitors.Chat.AcceptAsync("ann@example.com", firstSession);
        var serving = await first.NextAsync("session", s => s.GetProperty("state").GetString() == "serving");
        Assert.Equal("Agent ann", serving.GetProperty("agentName").GetString());

        // Ann's one chat slot is taken: the next visitor waits first in line.
        var (_, _, second, _) = await visitors.VisitorInSessionAsync("Dan");
        var queued = await second.InvokeAsync("Start", new { skillGroupId = visitors.Group });
        Assert.Equal("queued", queued.GetProperty("session").GetProperty("state").GetString());
        Assert.Equal(1, queued.GetProperty("session").GetProperty("queuePosition").GetInt32());

        var sent = await first.InvokeAsync("Send", new { sessionId = firstSession, type = "text", content = "<b>hi</b>", clientMessageId = "c-1" });
        Assert.True(sent.GetProperty("ok").GetBoolean(), sent.ToString());
        Assert.Equal("visitor", sent.GetProperty("chatMessage").GetProperty("senderRole").GetString());
        var resent = await first.InvokeAsync("Send", new { sessionId = firstSession, type = "text", content = "<b>hi</b>", clientMessageId = "c-1" });
        Assert.Equal(sent.GetProperty("chatMessage").GetProperty("id").GetInt64(), resent.GetProperty("chatMessage").GetProperty("id").GetInt64());

        await visitors.Chat.Desk.PostAsync(visitors.App, firstSession, ChatSender.Agent("ann@example.com"), ChatMessageTypes.Text, "Hello Bob", null);
        var reply = await first.NextAsync("message", m => m.GetProperty("senderRole").GetString() == "agent");
        Assert.Equal("Hello Bob", reply.GetProperty("content").GetString());
        await visitors.Chat.Desk.TypingAsync(visitors.App, firstSession, ChatSender.Agent("ann@example.com"), true);
        var typing = await first.NextAsync("typing");
        Assert.Equal(firstSession, typing.GetProperty("sessionId").GetString());
        Assert.True(typing.GetProperty("typing").GetBoolean());

        var visitorTyping = await first.InvokeAsync("Typing", new { sessionId = firstSession, typing = true });
        Assert.True(visitorTyping.GetProperty("ok").GetBoolean(), visitorTyping.ToString());
        await ChatScenario.EventuallyAsync(() => visitors.Chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "chatTyping"), "the visitor typing at the agent");

        var transcript = await first.InvokeAsync("Messages", new { sessionId = firstSession, afterId = 0 });
        Assert.Equal(["<b>hi</b>", "Hello Bob"], transcript.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("type").GetString() == "text")
            .Select(m => m.GetProperty("content").GetString()));
        var afterFirst = await first.InvokeAsync("Messages", new { sessionId = firstSession, afterId = sent.GetProperty("chatMessage").GetProperty("id").GetInt64() });
        Assert.DoesNotContain(afterFirst.GetProperty("messages").EnumerateArray(), m => m.GetProperty("content").GetString() == "<b>hi</b>");
    }

    [Fact]
    public async Task A_reloaded_tab_is_told_its_open_session_on_connect()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, token, first, sessionId) = await visitors.VisitorInSessionAsync();
        await visitors.Chat.AcceptAsync("ann@example.com", sessionId);

        var reloaded = await visitors.OpenTabAsync(token);
        var session = await reloaded.NextAsync("session");
        Assert.Equal(sessionId, session.GetProperty("sessionId").GetString());
        // The reloaded tab hears the conversation from then on.
        var (posted, _) = await visitors.Chat.Desk.PostAsync(visitors.App, sessionId, ChatSender.Agent("ann@example.com"), ChatMessageTypes.Text, "Still there?", null);
        Assert.True(posted.Accepted, posted.Refusal);
        Assert.Equal("Still there?", (await reloaded.NextAsync("message")).GetProperty("content").GetString());

        // Closing the chat in one tab ends it in every tab.
        var ended = await reloaded.InvokeAsync("End", new { sessionId });
        Assert.Equal("ended", ended.GetProperty("session").GetProperty("state").GetString());
        var heard = await first.NextAsync("session", s => s.GetProperty("state").GetString() == "ended");
        Assert.Equal("client", heard.GetProperty("closeBy").GetString());
    }

    [Fact]
    public async Task Malformed_requests_and_other_visitors_sessions_are_refused_with_a_code()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, _, tab, sessionId) = await visitors.VisitorInSessionAsync();

        await AssertRefusedAsync(tab, "Start", new { skillGroupId = visitors.Group, isAdmin = true }, "badRequest", "isAdmin");
        await AssertRefusedAsync(tab, "Start", new { nickname = "no group" }, "badRequest", "skillGroupId");
        await AssertRefusedAsync(tab, "Start", "just a string", "badRequest", "object");
        await AssertRefusedAsync(tab, "Start", new { skillGroupId = visitors.Group, nickname = new string('n', 101) }, "badRequest", "100");
        await AssertRefusedAsync(tab, "Start", new { skillGroupId = visitors.Group, clientData = new string('d', 2049) }, "badRequest", "2048");
        await AssertRefusedAsync(tab, "Start", new { skillGroupId = visitors.Group, avatar = "javascript:alert(1)" }, "badRequest", "avatar");
        await AssertRefusedAsync(tab, "Send", new { sessionId, type = "text", content = new string('x', ChatMessageTypes.MaxTextLength + 1) }, "badMessage", "4000");
        await AssertRefusedAsync(tab, "Send", new { sessionId, type = "event", content = "Agent joined" }, "badMessage", "type");
        await AssertRefusedAsync(tab, "Send", new { sessionId, type = "text", content = 42 }, "badRequest", "content");
        await AssertRefusedAsync(tab, "Typing", new { sessionId, typing = "yes" }, "badRequest", "typing");
        await AssertRefusedAsync(tab, "Messages", new { sessionId, afterId = -1 }, "badRequest", "afterId");
        Assert.True((await tab.InvokeAsync("Send", new { sessionId, type = "text", content = new string('x', ChatMessageTypes.MaxTextLength) })).GetProperty("ok").GetBoolean());

        // Another visitor knows the session id (it leaked): still not theirs.
        var (_, intruderToken) = await visitors.AnonymousAsync();
        var intruder = await visitors.OpenTabAsync(intruderToken);
        await AssertRefusedAsync(intruder, "Send", new { sessionId, type = "text", content = "let me in" }, ChatRefusals.NotFound, null);
        await AssertRefusedAsync(intruder, "Messages", new { sessionId, afterId = 0 }, ChatRefusals.NotFound, null);
        await AssertRefusedAsync(intruder, "End", new { sessionId }, ChatRefusals.NotFound, null);
        var history = await intruder.InvokeAsync("History");
        Assert.Empty(history.GetProperty("sessions").EnumerateArray());
    }

    [Fact]
    public async Task A_visitor_flooding_messages_is_rate_limited_across_tabs()
    {
        await using var visitors = await VisitorScenario.StartAsync(new Dictionary<string, string?>
        {
            ["Chat:VisitorMessagesPerSecond"] = "1",
            ["Chat:VisitorMessageBurst"] = "3",
        });
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, token, tab, sessionId) = await visitors.VisitorInSessionAsync();
        var otherTab = await visitors.OpenTabAsync(token);

        var answers = new List<JsonElement>();
        var flooding = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 8; i++)
            answers.Add(await (i % 2 == 0 ? tab : otherTab).InvokeAsync("Send", new { sessionId, type = "text", content = $"spam {i}", clientMessageId = $"c-{i}" }));

        // The burst of 3, plus one per second the flood lasted.
        var limited = answers.Where(a => !a.GetProperty("ok").GetBoolean()).ToList();
        Assert.InRange(answers.Count - limited.Count, 3, 3 + (int)Math.Ceiling(flooding.Elapsed.TotalSeconds));
        Assert.NotEmpty(limited);
        Assert.All(limited, a => Assert.Equal(ChatRefusals.RateLimited, a.GetProperty("code").GetString()));
        var stored = await visitors.Chat.Desk.MessagesAsync(visitors.App, sessionId, ChatSender.Visitor(answers[0].GetProperty("chatMessage").GetProperty("sender").GetString()!), 0, 50);
        Assert.Equal(8 - limited.Count, stored.Count(m => m.Type == ChatMessageTypes.Text));
    }

    [Fact]
    public async Task A_verified_visitor_sees_past_conversations()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        var sig = await visitors.Chat.Presence.Client.CreateUserSigAsync(new CreateUserSigRequest
        {
            SdkAppId = visitors.App, Uid = "customer-9", ClientData = "", ExpiredTime = 600,
        }, Cancellation);
        var (_, body) = await visitors.SignInAsync(new { sdkAppId = visitors.App, userSig = sig.UserSig });
        var tab = await visitors.OpenTabAsync(body.GetProperty("visitorToken").GetString()!);

        // Nobody is logged in: the session ends at once (IM EndStatus 3) and becomes history.
        var started = await tab.InvokeAsync("Start", new { skillGroupId = visitors.Group });
        Assert.Equal("ended", started.GetProperty("session").GetProperty("state").GetString());
        var history = await tab.InvokeAsync("History");
        var past = Assert.Single(history.GetProperty("sessions").EnumerateArray());
        Assert.Equal(started.GetProperty("session").GetProperty("sessionId").GetString(), past.GetProperty("sessionId").GetString());
        Assert.Equal(3, past.GetProperty("endStatus").GetInt32());
    }

    private static async Task AssertRefusedAsync(VisitorTab tab, string method, object argument, string code, string? mentions)
    {
        var answer = await tab.InvokeAsync(method, argument);
        Assert.False(answer.GetProperty("ok").GetBoolean(), answer.ToString());
        Assert.Equal(code, answer.GetProperty("code").GetString());
        var message = answer.GetProperty("message").GetString()!;
        if (mentions is not null) Assert.Contains(mentions, message);
    }
}
