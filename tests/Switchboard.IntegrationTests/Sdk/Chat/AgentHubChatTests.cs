using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Chat;
using Switchboard.Presence;

namespace Switchboard.IntegrationTests.Sdk.Chat;

/// <summary>
/// The agent hub's chat methods through a real SignalR connection: malformed arguments are refused with a reason
/// before the desk hears of them, well-formed ones reach the desk as the connection's own agent, and the desk's
/// events reach that agent's tabs (and nobody else's) in the documented shapes.
/// </summary>
public sealed class AgentHubChatTests(ChatDeskHostFixture fixture) : IClassFixture<ChatDeskHostFixture>
{
    private const string Ann = "ann@example.com";
    private const string Bob = "bob@example.com";
    private const string SessionId = "5b0c1a8e-8f7e-4a43-9d1f-0f6a2e1c9a11";

    private SwitchboardHost Host => fixture.Host;

    public static TheoryData<string, string, string, string> BadArguments => new()
    {
        { "ChatAccept", "[42]", "one object argument", "badRequest" },
        { "ChatAccept", "[null]", "one object argument", "badRequest" },
        { "ChatAccept", "[{}]", "sessionId is required", "badRequest" },
        { "ChatAccept", """[{"sessionId":7}]""", "sessionId must be a non-empty string", "badRequest" },
        { "ChatAccept", """[{"sessionId":""}]""", "sessionId must be a non-empty string", "badRequest" },
        { "ChatAccept", $$"""[{"sessionId":"{{new string('a', 65)}}"}]""", "at most 64", "badRequest" },
        { "ChatAccept", """[{"sessionId":"s","asAgent":"bob@example.com"}]""", "does not take 'asAgent'", "badRequest" },
        { "ChatEnd", """[{"session":"s"}]""", "does not take 'session'", "badRequest" },
        { "ChatComplete", """[["s"]]""", "one object argument", "badRequest" },
        { "ChatTransfer", """[{"sessionId":"s"}]""", "exactly one target", "badRequest" },
        { "ChatTransfer", """[{"sessionId":"s","skillGroupId":3,"userId":"bob@example.com"}]""", "exactly one target", "badRequest" },
        { "ChatTransfer", """[{"sessionId":"s","skillGroupId":"3"}]""", "skillGroupId must be a whole number", "badRequest" },
        { "ChatTransfer", """[{"sessionId":"s","skillGroupId":0}]""", "at least 1", "badRequest" },
        { "ChatTransfer", """[{"sessionId":"s","skillGroupId":1.5}]""", "whole number", "badRequest" },
        { "ChatTransfer", """[{"sessionId":"s","userId":{"mail":"x"}}]""", "userId must be a non-empty string", "badRequest" },
        { "ChatSend", """[{"sessionId":"s","type":"text","content":"hi"}]""", "clientMessageId is required", "badRequest" },
        { "ChatSend", """[{"sessionId":"s","type":"text","content":"","clientMessageId":"c"}]""", "content", "badRequest" },
        { "ChatSend", $$"""[{"sessionId":"s","type":"text","content":"{{new string('x', 4001)}}","clientMessageId":"c"}]""", "at most 4000 characters; this one has 4001", ChatRefusals.BadMessage },
        { "ChatSend", """[{"sessionId":"s","type":"event","content":"I am the system","clientMessageId":"c"}]""", "type must be text, image or file", ChatRefusals.BadMessage },
        { "ChatTyping", """[{"sessionId":"s","typing":"yes"}]""", "typing is required: true or false", "badRequest" },
        { "ChatMessages", """[{"sessionId":"s","afterId":-1}]""", "afterId must be a whole number of at least 0", "badRequest" },
        { "ChatMessages", """[{"sessionId":"s"}]""", "afterId is required", "badRequest" },
        { "ChatTransferTargets", "[42]", "ChatTransferTargets takes one object argument: {}.", "badRequest" },
        { "ChatTransferTargets", "[null]", "one object argument", "badRequest" },
        { "ChatTransferTargets", """[{"sdkAppId":1}]""", "does not take 'sdkAppId'", "badRequest" },
        { "ChatTransferTargets", """[{"userId":"bob@example.com"}]""", "does not take 'userId'", "badRequest" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task A_malformed_argument_is_refused_with_a_reason_and_never_reaches_the_desk(string method, string arguments, string reason, string code)
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, Ann);
        using var raw = await RawHubSocket.OpenAsync(Host, await backend.SessionAsync(Ann), handshake: true);
        var actor = $"{backend.App}/{Ann}";

        var completion = await raw.InvokeAsync("1", method, arguments);

        var result = completion.GetProperty("result");
        Assert.False(result.GetProperty("ok").GetBoolean(), completion.ToString());
        Assert.Equal(code, result.GetProperty("code").GetString());
        Assert.Contains(reason, result.GetProperty("message").GetString());
        Assert.DoesNotContain(fixture.Desk.Calls, c => c.Actor.Contains(actor, StringComparison.Ordinal));
        // The connection stays, and a good call after the bad one is served.
        var fine = await raw.InvokeAsync("2", "ChatAccept", $$"""[{"sessionId":"{{SessionId}}"}]""");
        Assert.True(fine.GetProperty("result").GetProperty("ok").GetBoolean(), fine.ToString());
        Assert.Equal(WebSocketState.Open, raw.State);
    }

    [Fact]
    public async Task Every_method_acts_as_the_connections_own_agent_and_passes_the_desks_answer_on()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, Ann, Bob);
        using var raw = await RawHubSocket.OpenAsync(Host, await backend.SessionAsync(Ann), handshake: true);
        var agent = $"{backend.App}/{Ann}";
        var participant = $"{backend.App}/Agent/{Ann}";

        var accept = await raw.InvokeAsync("1", "ChatAccept", $$"""[{"sessionId":"{{SessionId}}"}]""");
        var transfer = await raw.InvokeAsync("2", "ChatTransfer", $$"""[{"sessionId":"{{SessionId}}","userId":"{{Bob}}"}]""");
        var toGroup = await raw.InvokeAsync("3", "ChatTransfer", $$"""[{"sessionId":"{{SessionId}}","skillGroupId":12}]""");
        var send = await raw.InvokeAsync("4", "ChatSend", $$"""[{"sessionId":"{{SessionId}}","type":"text","content":"Hello 👋","clientMessageId":"c-1"}]""");
        var typing = await raw.InvokeAsync("5", "ChatTyping", $$"""[{"sessionId":"{{SessionId}}","typing":true}]""");
        var messages = await raw.InvokeAsync("6", "ChatMessages", $$"""[{"sessionId":"{{SessionId}}","afterId":40}]""");
        var sessions = await raw.InvokeAsync("7", "ChatSessions", "[]");
        var end = await raw.InvokeAsync("8", "ChatEnd", $$"""[{"sessionId":"{{SessionId}}"}]""");
        var complete = await raw.InvokeAsync("9", "ChatComplete", $$"""[{"sessionId":"{{SessionId}}"}]""");
        var missing = await raw.InvokeAsync("10", "ChatEnd", $$"""[{"sessionId":"{{RecordingChatDesk.Missing}}"}]""");
        var missingMessages = await raw.InvokeAsync("11", "ChatMessages", $$"""[{"sessionId":"{{RecordingChatDesk.Missing}}","afterId":0}]""");
        var targets = await raw.InvokeAsync("12", "ChatTransferTargets", "[{}]");

        var calls = fixture.Desk.Calls.Where(c => c.Actor == agent || c.Actor == participant).ToList();
        Assert.Equal(
        [
            new DeskCall("AcceptAsync", agent, SessionId),
            new DeskCall("TransferAsync", agent, SessionId, $"|{Bob}"),
            new DeskCall("TransferAsync", agent, SessionId, "12|"),
            new DeskCall("PostAsync", participant, SessionId, "text|Hello 👋|c-1"),
            new DeskCall("TypingAsync", participant, SessionId, "True"),
            new DeskCall("GetAsync", participant, SessionId),
            new DeskCall("MessagesAsync", participant, SessionId, "40|200"),
            new DeskCall("AgentSessionsAsync", agent, ""),
            new DeskCall("EndByAgentAsync", agent, SessionId),
            new DeskCall("CompleteAsync", agent, SessionId),
            new DeskCall("EndByAgentAsync", agent, RecordingChatDesk.Missing),
            new DeskCall("GetAsync", participant, RecordingChatDesk.Missing),
            new DeskCall("TransferTargetsAsync", agent, ""),
        ], calls);

        foreach (var ok in new[] { accept, transfer, toGroup, typing, end, complete })
        {
            var result = ok.GetProperty("result");
            Assert.True(result.GetProperty("ok").GetBoolean(), ok.ToString());
            Assert.False(result.TryGetProperty("code", out _));
            Assert.Equal("serving", result.GetProperty("session").GetProperty("state").GetString());
        }
        var stored = send.GetProperty("result").GetProperty("chatMessage");
        Assert.Equal((41, "agent", Ann, "c-1"), (stored.GetProperty("id").GetInt64(), stored.GetProperty("senderRole").GetString(),
            stored.GetProperty("sender").GetString(), stored.GetProperty("clientMessageId").GetString()));
        var history = messages.GetProperty("result").GetProperty("messages");
        Assert.Equal(41, history[0].GetProperty("id").GetInt64());
        Assert.Equal("visitor", history[0].GetProperty("senderRole").GetString());
        var held = sessions.GetProperty("result").GetProperty("sessions");
        Assert.Equal(["ringing", "serving"], held.EnumerateArray().Select(s => s.GetProperty("state").GetString()));
        Assert.Equal("""{"skillGroups":[{"skillGroupId":7,"skillGroupName":"Chat","waiting":2}],"agents":[{"userId":"bob@example.com","name":"Bob","status":"free","skillGroupIds":[7]}]}""",
            targets.GetProperty("result").GetProperty("transferTargets").GetRawText());
        foreach (var refused in new[] { missing, missingMessages })
        {
            var result = refused.GetProperty("result");
            Assert.False(result.GetProperty("ok").GetBoolean());
            Assert.Equal(ChatRefusals.NotFound, result.GetProperty("code").GetString());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetString()));
        }
    }

    [Fact]
    public async Task The_desks_events_reach_every_tab_of_the_agent_in_the_documented_shapes_and_no_other_agent()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, Ann, Bob);
        await using var annTab = await ChatTab.OpenAsync(Host, await backend.SessionAsync(Ann));
        await using var annOtherTab = await ChatTab.OpenAsync(Host, await backend.SessionAsync(Ann));
        await using var bobTab = await ChatTab.OpenAsync(Host, await backend.SessionAsync(Bob));
        var ann = new AgentKey(backend.App, Ann);
        var notifiers = Host.Services.GetServices<IChatAgentNotifier>().ToList();
        var notify = (Func<IChatAgentNotifier, Task> send) => Task.WhenAll(notifiers.Select(send));

        await notify(n => n.OfferedAsync(ann, new ChatOffer(SessionId, 15, "Ann <b>visitor</b>", null, null, "https://shop.example", "web", "order=42", 7, "v-1")));
        await notify(n => n.OfferRevokedAsync(ann, SessionId, rangOut: true));
        await notify(n => n.OfferRevokedAsync(ann, SessionId, rangOut: false));
        await notify(n => n.AccessedAsync(ann, RecordingChatDesk.Session(SessionId)));
        await notify(n => n.MessageAsync(ann, new ChatMessageView(9, SessionId, 5, ChatParticipantRole.Visitor, "v-1", "text", "hi", null, null)));
        await notify(n => n.TypingAsync(ann, SessionId, true));
        await notify(n => n.TransferredAsync(ann, SessionId, 334, null));
        await notify(n => n.EndedAsync(ann, new ChatEnded(SessionId, 9.614, ChatCloser.Seat, 100)));
        await notify(n => n.CompletedAsync(ann, SessionId));

        foreach (var tab in new[] { annTab, annOtherTab })
        {
            Assert.Equal($$"""{"sessionId":"{{SessionId}}","type":"im","timeout":15,"nickname":"Ann <b>visitor</b>","peerSource":"https://shop.example","channelName":"web","clientData":"order=42"}""",
                await tab.NextAsync("callIn"));
            Assert.Equal($$"""{"sessionId":"{{SessionId}}"}""", await tab.NextAsync("autoTransfer"));
            Assert.Equal($$"""{"sessionId":"{{SessionId}}"}""", await tab.NextAsync("offerRevoked"));
            using (var accessed = JsonDocument.Parse(await tab.NextAsync("userAccessed")))
            {
                Assert.Equal(SessionId, accessed.RootElement.GetProperty("sessionId").GetString());
                Assert.Equal("serving", accessed.RootElement.GetProperty("session").GetProperty("state").GetString());
            }
            using (var message = JsonDocument.Parse(await tab.NextAsync("chatMessage")))
                Assert.Equal(("visitor", "hi"), (message.RootElement.GetProperty("senderRole").GetString(), message.RootElement.GetProperty("content").GetString()));
            Assert.Equal($$"""{"sessionId":"{{SessionId}}","typing":true}""", await tab.NextAsync("chatTyping"));
            Assert.Equal($$"""{"sessionId":"{{SessionId}}","skillGroupId":"334"}""", await tab.NextAsync("transfer"));
            Assert.Equal($$"""{"sessionId":"{{SessionId}}","type":"im","duration":9.614,"closeBy":"seat"}""", await tab.NextAsync("sessionEnded"));
            Assert.Equal($$"""{"sessionId":"{{SessionId}}"}""", await tab.NextAsync("sessionCompleted"));
        }
        Assert.Empty(await bobTab.ReceivedSoFarAsync(TimeSpan.FromMilliseconds(300)));
    }
}
