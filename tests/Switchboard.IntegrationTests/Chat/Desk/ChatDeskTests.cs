using Switchboard.Chat;
using Switchboard.Presence;

namespace Switchboard.IntegrationTests.Chat.Desk;

/// <summary>The desk end to end on a real server: routing, presence, records, messages and events.</summary>
public sealed class ChatDeskTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_visitor_arriving_with_no_agent_logged_in_ends_at_once_with_status_3()
    {
        var (chat, group) = await ChatScenario.StartAsync(agents: "ann@example.com");
        await using var _ = chat;

        var session = await chat.StartAsync("v-1", group);

        Assert.Equal(ChatSessionState.Ended, session.State);
        Assert.Equal(3, session.EndStatus);
        Assert.Equal(ChatCloser.Admin, session.CloseBy);
        var record = Assert.Single(await chat.RecordsAsync(session.SessionId));
        Assert.Null(record.AgentMail);
        Assert.Equal(3, record.EndStatus);
        Assert.Null(await chat.Desk.FindOpenAsync(chat.Visitor("v-1")));
    }

    [Fact]
    public async Task A_chat_is_offered_accepted_talked_ended_by_the_visitor_and_completed()
    {
        var (chat, group) = await ChatScenario.StartAsync(agents: "ann@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");

        var session = await chat.StartAsync("v-1", group, nickname: "<b>Bob</b>");
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "callIn"), "the offer");
        var offer = (ChatOffer)chat.Notifiers.EventsOf("ann@example.com").First(e => e.Event == "callIn").Payload;
        Assert.Equal(session.SessionId, offer.SessionId);
        Assert.Equal("<b>Bob</b>", offer.Nickname);
        Assert.Equal("order=42", offer.ClientData);
        Assert.Equal("web", offer.ChannelName);
        Assert.Equal(10, offer.Timeout);

        var accepted = await chat.AcceptAsync("ann@example.com", session.SessionId);
        Assert.Equal(ChatSessionState.Serving, accepted.State);
        Assert.Equal("ann@example.com", accepted.AgentMail);
        Assert.Equal("Agent ann", accepted.AgentName);
        Assert.Equal(AgentStatus.Busy, (await chat.PresenceOf("ann@example.com")).Status);

        var (sent, fromVisitor) = await chat.Desk.PostAsync(chat.App, session.SessionId, ChatSender.Visitor("v-1"), ChatMessageTypes.Text, "hello <script>", "c-1");
        Assert.True(sent.Accepted, sent.Refusal);
        var (_, fromAgent) = await chat.Desk.PostAsync(chat.App, session.SessionId, ChatSender.Agent("Ann@Example.com"), ChatMessageTypes.Text, "hi Bob", null);
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "chatMessage"), "the visitor's message at the agent");
        var atAgent = (ChatMessageView)chat.Notifiers.EventsOf("ann@example.com").First(e => e.Event == "chatMessage").Payload;
        Assert.Equal("hello <script>", atAgent.Content);
        var transcript = await chat.Desk.MessagesAsync(chat.App, session.SessionId, ChatSender.Visitor("v-1"), 0, 50);
        Assert.Equal(["hello <script>", "hi Bob"], transcript.Select(m => m.Content));
        Assert.Equal([ChatParticipantRole.Visitor, ChatParticipantRole.Agent], transcript.Select(m => m.SenderRole));
        Assert.True(fromAgent!.Id > fromVisitor!.Id);

        var ended = await chat.Desk.EndByVisitorAsync(chat.Visitor("v-1"), session.SessionId);
        Assert.True(ended.Accepted);
        Assert.Equal(1, ended.Session!.EndStatus);
        Assert.Equal(ChatCloser.Client, ended.Session.CloseBy);
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "sessionEnded"), "sessionEnded");
        var endedEvent = (ChatEnded)chat.Notifiers.EventsOf("ann@example.com").First(e => e.Event == "sessionEnded").Payload;
        Assert.Equal(ChatCloser.Client, endedEvent.CloseBy);
        Assert.Equal(AgentStatus.Arrange, (await chat.PresenceOf("ann@example.com")).Status);
        Assert.Contains(await chat.Desk.AgentSessionsAsync(chat.Agent("ann@example.com")), s => s.SessionId == session.SessionId && s.State == ChatSessionState.Ended);

        var completed = await chat.Desk.CompleteAsync(chat.Agent("ann@example.com"), session.SessionId);
        Assert.True(completed.Accepted, completed.Refusal);
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "sessionCompleted"), "sessionCompleted");
        await PresenceScenarioWait(chat, "ann@example.com", AgentStatus.Free);
        Assert.Empty(await chat.Desk.AgentSessionsAsync(chat.Agent("ann@example.com")));

        var record = Assert.Single(await chat.RecordsAsync(session.SessionId));
        Assert.Equal("ann@example.com", record.AgentMail);
        Assert.Equal(1, record.EndStatus);
        Assert.NotNull(record.AcceptedAtMs);
        Assert.Equal(
            [ChatSessionEvents.Started, ChatSessionEvents.Accepted, ChatSessionEvents.Ended],
            chat.Notifiers.Published.Where(e => e.SessionId == session.SessionId).Select(e => e.Event));
    }

    [Fact]
    public async Task An_offer_that_rings_out_moves_to_the_next_agent_and_the_first_becomes_notReady()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com", "bea@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");
        chat.Advance(TimeSpan.FromSeconds(1));
        await chat.LogInAsync("bea@example.com");

        var session = await chat.StartAsync("v-1", group);
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "callIn"), "Ann (longest idle) to be rung");
        Assert.DoesNotContain(chat.Notifiers.EventsOf("bea@example.com"), e => e.Event == "callIn");

        chat.Advance(TimeSpan.FromSeconds(10));
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("bea@example.com").Any(e => e.Event == "callIn"), "Bea to be rung next");
        Assert.Contains(chat.Notifiers.EventsOf("ann@example.com"), e => e.Event == "autoTransfer" && (string)e.Payload == session.SessionId);
        await PresenceScenarioWait(chat, "ann@example.com", AgentStatus.NotReady);

        var accepted = await chat.AcceptAsync("bea@example.com", session.SessionId);
        Assert.Equal("bea@example.com", accepted.AgentMail);
        var late = await chat.Desk.AcceptAsync(chat.Agent("ann@example.com"), session.SessionId);
        Assert.False(late.Accepted);
    }

    [Fact]
    public async Task A_ring_all_group_rings_every_free_member_and_the_first_to_accept_takes_the_chat()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com", "bea@example.com");
        await using var _ = chat;
        await chat.Presence.Client.UpdateCCCSkillGroupAsync(new() { SdkAppId = chat.App, SkillGroupID = group, RingAll = true }, Cancellation);
        await chat.LogInAsync("ann@example.com");
        await chat.LogInAsync("bea@example.com");

        var session = await chat.StartAsync("v-1", group);
        await ChatScenario.EventuallyAsync(
            () => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "callIn") && chat.Notifiers.EventsOf("bea@example.com").Any(e => e.Event == "callIn"),
            "both agents to be rung");

        var accepted = await chat.AcceptAsync("bea@example.com", session.SessionId);
        Assert.Equal("bea@example.com", accepted.AgentMail);
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "offerRevoked"), "Ann's ring to stop");
        Assert.False((await chat.Desk.AcceptAsync(chat.Agent("ann@example.com"), session.SessionId)).Accepted);
        Assert.Equal(AgentStatus.Free, (await chat.PresenceOf("ann@example.com")).Status);
    }

    [Fact]
    public async Task In_a_ring_all_group_an_agent_who_becomes_free_while_a_chat_rings_is_rung_too_with_the_time_left()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com", "bea@example.com");
        await using var _ = chat;
        await chat.Presence.Client.UpdateCCCSkillGroupAsync(new() { SdkAppId = chat.App, SkillGroupID = group, RingAll = true }, Cancellation);
        await chat.LogInAsync("ann@example.com");
        await chat.LogInAsync("bea@example.com");
        await chat.Presence.SetAsync("bea@example.com", "notReady");
        var session = await chat.StartAsync("v-1", group);
        await chat.RingsAsync("ann@example.com", session.SessionId, "Ann to be rung");

        chat.Advance(TimeSpan.FromSeconds(4));
        await chat.Presence.SetAsync("bea@example.com", "free");

        await chat.RingsAsync("bea@example.com", session.SessionId, "Bea to join the ring");
        var offer = (ChatOffer)chat.Notifiers.EventsOf("bea@example.com").Last(e => e.Event == "callIn").Payload;
        Assert.Equal(6, offer.Timeout);
        Assert.Equal("bea@example.com", (await chat.AcceptAsync("bea@example.com", session.SessionId)).AgentMail);
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "offerRevoked"), "Ann's ring to stop");
    }

    [Fact]
    public async Task An_agent_holds_as_many_chats_as_the_group_allows_and_the_next_waits_with_its_position()
    {
        var (chat, group) = await ChatScenario.StartAsync(2, null, "ann@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");

        var first = await chat.StartAsync("v-1", group);
        await chat.AcceptAsync("ann@example.com", first.SessionId);
        var second = await chat.StartAsync("v-2", group);
        await chat.AcceptAsync("ann@example.com", second.SessionId);
        var third = await chat.StartAsync("v-3", group);

        Assert.Equal(ChatSessionState.Queued, third.State);
        Assert.Equal(1, third.QueuePosition);
        Assert.Equal(AgentStatus.Busy, (await chat.PresenceOf("ann@example.com")).Status);

        await chat.Desk.EndByAgentAsync(chat.Agent("ann@example.com"), first.SessionId);
        // Still busy with the second chat; the third waits for after-call work (5 s) to end.
        Assert.Equal(AgentStatus.Busy, (await chat.PresenceOf("ann@example.com")).Status);
        Assert.DoesNotContain(chat.Notifiers.EventsOf("ann@example.com"), e => e.Event == "callIn" && ((ChatOffer)e.Payload).SessionId == third.SessionId);
        chat.Advance(TimeSpan.FromSeconds(5));
        await chat.RingsAsync("ann@example.com", third.SessionId, "the third chat to be offered after after-call work");
    }

    [Fact]
    public async Task A_transfer_to_another_agent_ends_the_first_service_with_101_and_rings_the_target()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com", "bea@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");
        chat.Advance(TimeSpan.FromSeconds(1));
        await chat.LogInAsync("bea@example.com");
        var session = await chat.StartAsync("v-1", group);
        await chat.AcceptAsync("ann@example.com", session.SessionId);

        var refused = await chat.Desk.TransferAsync(chat.Agent("ann@example.com"), session.SessionId, null, "nobody@example.com");
        Assert.False(refused.Accepted);
        Assert.Equal(ChatRefusals.BadTransferTarget, refused.Code);

        var moved = await chat.Desk.TransferAsync(chat.Agent("ann@example.com"), session.SessionId, null, "Bea@example.com");
        Assert.True(moved.Accepted, moved.Refusal);
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("bea@example.com").Any(e => e.Event == "callIn"), "Bea to be rung");
        Assert.Contains(chat.Notifiers.EventsOf("ann@example.com"), e => e.Event == "transfer");
        await chat.AcceptAsync("bea@example.com", session.SessionId);
        Assert.Equal(AgentStatus.Free, (await chat.PresenceOf("ann@example.com")).Status);

        await chat.Desk.EndByAgentAsync(chat.Agent("bea@example.com"), session.SessionId);
        var records = await chat.RecordsAsync(session.SessionId);
        Assert.Equal([("ann@example.com", 101), ("bea@example.com", 1)], records.Select(r => (r.AgentMail, r.EndStatus)));
    }

    [Fact]
    public async Task Fewest_sessions_today_starts_counting_again_at_midnight()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com", "bea@example.com");
        await using var _ = chat;
        await chat.Presence.Client.ModifySkillGroupRoutingAsync(new()
        {
            SdkAppId = chat.App, Routing = new() { SkillGroupId = group, RoutePolicy = "ROUTE_POLICY_FEWEST_SESSIONS_TODAY", AfterCallWorkSeconds = 0 },
        }, Cancellation);
        await chat.LogInAsync("ann@example.com");
        chat.Advance(TimeSpan.FromSeconds(1));
        await chat.LogInAsync("bea@example.com");
        var first = await chat.StartAsync("v-1", group);
        Assert.Equal("ann@example.com", (await chat.AcceptAsync("ann@example.com", first.SessionId)).AgentMail);
        await chat.Desk.EndByVisitorAsync(chat.Visitor("v-1"), first.SessionId);
        // Bea has been free for less time than Ann, but has served nobody today.
        chat.Advance(TimeSpan.FromSeconds(1));
        await chat.Presence.SetAsync("bea@example.com", "notReady");
        await chat.Presence.SetAsync("bea@example.com", "free");

        chat.Advance(TimeSpan.FromHours(15));
        var second = await chat.StartAsync("v-2", group);

        // A new day: nobody has served anyone today, so the longest idle (Ann) gets it.
        await chat.RingsAsync("ann@example.com", second.SessionId, "the next day's first chat to ring Ann");
    }

    [Fact]
    public async Task A_silent_visitor_is_timed_out_with_108()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, new Dictionary<string, string?> { ["Routing:VisitorIdleTimeoutSeconds"] = "60" }, "ann@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");
        var session = await chat.StartAsync("v-1", group);
        await chat.AcceptAsync("ann@example.com", session.SessionId);

        chat.Advance(TimeSpan.FromSeconds(30));
        await chat.Desk.PostAsync(chat.App, session.SessionId, ChatSender.Visitor("v-1"), ChatMessageTypes.Text, "still here", null);
        chat.Advance(TimeSpan.FromSeconds(45));
        Assert.NotNull(await chat.Desk.FindOpenAsync(chat.Visitor("v-1")));
        chat.Advance(TimeSpan.FromSeconds(20));
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.VisitorSessions.Any(s => s.SessionId == session.SessionId && s.EndStatus == 108), "the idle end");
        var ended = chat.Notifiers.VisitorSessions.Last(s => s.SessionId == session.SessionId);
        Assert.Equal(ChatCloser.Timer, ended.CloseBy);
    }

    [Fact]
    public async Task Bad_messages_and_strangers_are_refused_and_a_resent_message_is_stored_once()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com", "bea@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");
        var session = await chat.StartAsync("v-1", group);
        await chat.AcceptAsync("ann@example.com", session.SessionId);

        async Task<string?> Refusal(string sessionId, ChatSender from, string type, string content) =>
            (await chat.Desk.PostAsync(chat.App, sessionId, from, type, content, null)).Result.Code;

        Assert.Equal(ChatRefusals.BadMessage, await Refusal(session.SessionId, ChatSender.Visitor("v-1"), ChatMessageTypes.Text, new string('x', ChatMessageTypes.MaxTextLength + 1)));
        Assert.Equal(ChatRefusals.BadMessage, await Refusal(session.SessionId, ChatSender.Visitor("v-1"), ChatMessageTypes.Text, "   "));
        Assert.Equal(ChatRefusals.BadMessage, await Refusal(session.SessionId, ChatSender.Visitor("v-1"), "html", "<b>x</b>"));
        Assert.Equal(ChatRefusals.BadMessage, await Refusal(session.SessionId, ChatSender.Visitor("v-1"), ChatMessageTypes.Image, "not-an-attachment"));
        Assert.Equal(ChatRefusals.NotFound, await Refusal(session.SessionId, ChatSender.Visitor("v-2"), ChatMessageTypes.Text, "let me in"));
        Assert.Equal(ChatRefusals.NotFound, await Refusal("forged-session", ChatSender.Visitor("v-1"), ChatMessageTypes.Text, "hi"));
        Assert.Equal(ChatRefusals.NotFound, await Refusal(session.SessionId, ChatSender.Agent("bea@example.com"), ChatMessageTypes.Text, "hi"));
        Assert.Null(await chat.Desk.GetAsync(chat.App, session.SessionId, ChatSender.Visitor("v-2")));
        var tooLong = await chat.Desk.StartAsync(new ChatStartRequest(chat.Visitor("v-9"), group, new string('n', 101)));
        Assert.Equal(ChatRefusals.BadVisitor, tooLong.Code);
        Assert.Equal(ChatRefusals.BadSkillGroup, (await chat.Desk.StartAsync(new ChatStartRequest(chat.Visitor("v-9"), 987654, "Ann"))).Code);
        Assert.Empty(await chat.Desk.MessagesAsync(chat.App, session.SessionId, ChatSender.Visitor("v-2"), 0, 50));

        var first = await chat.Desk.PostAsync(chat.App, session.SessionId, ChatSender.Visitor("v-1"), ChatMessageTypes.Text, "once", "c-7");
        var again = await chat.Desk.PostAsync(chat.App, session.SessionId, ChatSender.Visitor("v-1"), ChatMessageTypes.Text, "once", "c-7");
        Assert.Equal(first.Message!.Id, again.Message!.Id);
        Assert.Single(await chat.Desk.MessagesAsync(chat.App, session.SessionId, ChatSender.Visitor("v-1"), 0, 50));
    }

    [Fact]
    public async Task A_reload_finds_the_open_session_and_a_verified_visitor_sees_past_sessions()
    {
        var (chat, group) = await ChatScenario.StartAsync(1, null, "ann@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");
        var first = await chat.StartAsync("u-77", group);
        var again = await chat.Desk.StartAsync(new ChatStartRequest(chat.Visitor("u-77", verified: true), group, "Ann"));
        Assert.Equal(first.SessionId, again.Session!.SessionId);
        await chat.AcceptAsync("ann@example.com", first.SessionId);
        await chat.Desk.EndByAgentAsync(chat.Agent("ann@example.com"), first.SessionId);

        Assert.Empty(await chat.Desk.VisitorHistoryAsync(chat.Visitor("u-77"), 10));
        var history = await chat.Desk.VisitorHistoryAsync(chat.Visitor("u-77", verified: true), 10);
        Assert.Equal(first.SessionId, Assert.Single(history).SessionId);
        Assert.Equal(ChatSessionState.Ended, history[0].State);
    }

    private static Task PresenceScenarioWait(ChatScenario chat, string mail, AgentStatus status) =>
        Switchboard.IntegrationTests.Presence.PresenceScenario.EventuallyAsync(async () => (await chat.PresenceOf(mail)).Status == status, $"{mail} to be {status}");
}
