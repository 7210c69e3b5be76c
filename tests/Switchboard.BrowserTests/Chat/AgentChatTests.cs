using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;
using Switchboard.Chat;
using Switchboard.Presence;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.BrowserTests.Chat;

/// <summary>
/// The agent's side of online chat in real Chromium: agent pages opened by a real SdkURL against the real desk,
/// visitors played in-process through the desk. What TCCC pages see (<c>callIn</c> type im, <c>userAccessed</c>,
/// <c>sessionEnded</c>, <c>sessionCompleted</c>, <c>transfer</c>, <c>tccc.Chat</c>) and what the agent sees in the
/// workstation (concurrent chats, unread counts, history, typing, text only).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AgentChatTests(BrowserFixture browser, ChatStack stack) : IClassFixture<ChatStack>
{
    private const string Ann = "ann@example.com";
    private const string Bob = "bob@example.com";

    private static ILocator Workbench(AgentPage page) => page.Page.Locator("#workstation t3c-workbench");

    private static ILocator Row(AgentPage page, string sessionId) => Workbench(page).Locator($".chat-row[data-session-id='{sessionId}']");

    private async Task<AgentPage> AgentPageAsync(TenantBackend backend, string mail)
    {
        var page = await browser.OpenAsync(new BusinessPage(EmbedWidth: 960, EmbedHeight: 640));
        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, mail), new { renderDomId = BusinessPage.EmbedElementId });
        await page.WaitForEventAsync("ready");
        return page;
    }

    [Fact]
    public async Task An_offered_chat_rings_with_the_spec_fields_and_once_accepted_messages_go_both_ways_as_text_and_survive_a_reload()
    {
        var (backend, group) = await stack.TenantAsync(2, Ann);
        using var _ = backend;
        await using var page = await AgentPageAsync(backend, Ann);
        const string nickname = "<img src=x onerror=\"window.pwned=1\">Eve";
        var session = await stack.VisitorStartsAsync(backend, group, "v-eve", nickname,
            clientData: "<b>vip</b> order=42", peerSource: "https://shop.example/cart", channel: "web");

        var callIn = await page.WaitForEventAsync("callIn");
        Assert.Equal(["channelName", "clientData", "data", "nickname", "peerSource", "sessionId", "timeout", "type"],
            callIn.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal((session.SessionId, "im", ChatStack.RingSeconds, nickname, "<b>vip</b> order=42", "https://shop.example/cart", "web"),
            (callIn.GetProperty("sessionId").GetString(), callIn.GetProperty("type").GetString(), callIn.GetProperty("timeout").GetInt32(),
             callIn.GetProperty("nickname").GetString(), callIn.GetProperty("clientData").GetString(),
             callIn.GetProperty("peerSource").GetString(), callIn.GetProperty("channelName").GetString()));
        Assert.Equal(session.SessionId, callIn.GetProperty("data").GetProperty("sessionId").GetString());

        var row = Row(page, session.SessionId);
        await Expect(row.Locator(".chat-name")).ToHaveTextAsync(nickname);
        await Expect(row.Locator(".countdown")).ToHaveTextAsync(SecondsLeft());
        await row.GetByRole(AriaRole.Button, new() { Name = "Accept chat from " + nickname }).PressAsync("Enter");
        Assert.Equal(session.SessionId, (await page.WaitForEventAsync("userAccessed")).GetProperty("sessionId").GetString());
        await Expect(row.Locator(".chat-state")).ToHaveTextAsync("In conversation");

        const string hostile = "<b>hi</b><script>window.pwned=2</script>";
        await stack.VisitorSaysAsync(session, hostile);
        var log = Workbench(page).GetByRole(AriaRole.Log);
        await Expect(log.Locator(".msg[data-role=visitor] .msg-body")).ToHaveTextAsync(hostile);
        Assert.Equal(0, await Workbench(page).Locator(".log b, .log script, .log img, .chats img, .conv-head b").CountAsync());
        await stack.VisitorTypesAsync(session, true);
        await Expect(Workbench(page).Locator(".typing")).ToHaveTextAsync(nickname + " is typing…");

        var input = Workbench(page).GetByRole(AriaRole.Textbox, new() { Name = "Message to " + nickname });
        await input.FillAsync("Hello ");
        await Workbench(page).GetByRole(AriaRole.Button, new() { Name = "Insert emoji" }).ClickAsync();
        await Workbench(page).GetByRole(AriaRole.Button, new() { Name = "waving hand" }).ClickAsync();
        await input.PressAsync("Enter");

        await Expect(log.Locator(".msg[data-role=agent] .msg-body")).ToHaveTextAsync("Hello 👋");
        await Expect(input).ToHaveValueAsync("");
        await EventuallyAsync(() => stack.Visitors.Messages.Any(m =>
            m.SessionId == session.SessionId && m.SenderRole == ChatParticipantRole.Agent && m.Content == "Hello 👋"), "the agent's message reaching the visitor");
        Assert.Contains((session.SessionId, true), stack.Visitors.AgentTyping);
        Assert.Null(await page.Page.EvaluateAsync<int?>("() => window.pwned ?? null"));

        // A fresh page of the same agent (a reload) finds the chat and its whole conversation.
        await using var reloaded = await AgentPageAsync(backend, Ann);
        await Expect(Row(reloaded, session.SessionId).Locator(".chat-state")).ToHaveTextAsync("In conversation");
        await Expect(Workbench(reloaded).GetByRole(AriaRole.Log).Locator(".msg:not([data-role=system]) .msg-body"))
            .ToHaveTextAsync([hostile, "Hello 👋"]);
    }

    [Fact]
    public async Task Two_concurrent_chats_count_unread_messages_and_end_then_complete_emit_sessionEnded_and_sessionCompleted()
    {
        var (backend, group) = await stack.TenantAsync(2, Ann);
        using var _ = backend;
        await using var page = await AgentPageAsync(backend, Ann);
        var first = await stack.VisitorStartsAsync(backend, group, "v-1", "Ada");
        await page.WaitForEventAsync("callIn");
        (await page.SettleAsync($"tccc.Chat.accept({{ sessionId: '{first.SessionId}' }})")).AssertResolved();
        var second = await stack.VisitorStartsAsync(backend, group, "v-2", "Bea");
        Assert.Equal(second.SessionId, (await page.WaitForEventAsync("callIn", 2)).GetProperty("sessionId").GetString());
        (await page.SettleAsync($"tccc.Chat.accept({{ sessionId: '{second.SessionId}' }})")).AssertResolved();
        await page.WaitForEventAsync("userAccessed", 2);

        // Accepting opened Bea's chat; Ada writes meanwhile.
        await stack.VisitorSaysAsync(first, "Are you there?");
        await stack.VisitorSaysAsync(first, "Hello?");
        await stack.VisitorSaysAsync(second, "My order is late");
        var log = Workbench(page).GetByRole(AriaRole.Log);
        await Expect(log.Locator(".msg[data-role=visitor] .msg-body")).ToHaveTextAsync(["My order is late"]);
        await Expect(Row(page, first.SessionId).Locator(".unread")).ToHaveTextAsync("2");
        await Expect(Row(page, first.SessionId).Locator(".unread")).ToHaveAttributeAsync("aria-label", "2 unread");
        await Expect(Row(page, second.SessionId).Locator(".unread")).ToBeHiddenAsync();
        await page.Page.Locator("#" + BusinessPage.EmbedElementId).ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserFixture.ArtifactsDirectory(), "workstation-two-chats-960x640.png"),
        });

        await Row(page, first.SessionId).Locator(".chat-open").ClickAsync();
        await Expect(Row(page, first.SessionId).Locator(".unread")).ToBeHiddenAsync();
        await Expect(log.Locator(".msg[data-role=visitor] .msg-body")).ToHaveTextAsync(["Are you there?", "Hello?"]);
        await Expect(Row(page, first.SessionId).Locator(".chat-open")).ToHaveAttributeAsync("aria-current", "true");

        (await page.SettleAsync($"tccc.Chat.end({{ sessionId: '{second.SessionId}' }})")).AssertResolved();
        var ended = await page.WaitForEventAsync("sessionEnded");
        Assert.Equal(["closeBy", "data", "duration", "sessionId", "type"], ended.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal((second.SessionId, "im", "seat"),
            (ended.GetProperty("sessionId").GetString(), ended.GetProperty("type").GetString(), ended.GetProperty("closeBy").GetString()));
        Assert.InRange(ended.GetProperty("duration").GetDouble(), 0, 60);
        await Expect(Row(page, second.SessionId).Locator(".chat-state")).ToHaveTextAsync("Ended");

        await Row(page, second.SessionId).GetByRole(AriaRole.Button, new() { Name = "Complete chat with Bea" }).ClickAsync();
        var completed = await page.WaitForEventAsync("sessionCompleted");
        Assert.Equal(["data", "sessionId"], completed.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(second.SessionId, completed.GetProperty("sessionId").GetString());
        await Expect(Row(page, second.SessionId)).ToHaveCountAsync(0);

        Assert.True((await stack.Desk.EndByVisitorAsync(new VisitorIdentity(backend.App, "v-1", false), first.SessionId)).Accepted);
        var byVisitor = await page.WaitForEventAsync("sessionEnded", 2);
        Assert.Equal((first.SessionId, "client"), (byVisitor.GetProperty("sessionId").GetString(), byVisitor.GetProperty("closeBy").GetString()));
        await Expect(Workbench(page).Locator(".conv-notice")).ToHaveTextAsync("The visitor ended the chat.");
    }

    [Fact]
    public async Task After_a_network_drop_each_conversation_catches_up_and_what_was_missed_elsewhere_counts_as_unread()
    {
        var (backend, group) = await stack.TenantAsync(2, Ann);
        using var _ = backend;
        await using var network = new NetworkCut(stack.Server.BaseAddress);
        await using var page = await browser.OpenAsync(new BusinessPage(EmbedWidth: 960, EmbedHeight: 640));
        await page.InjectAsync(network.Route(await BrowserFixture.SdkUrlAsync(backend, Ann)), new { renderDomId = BusinessPage.EmbedElementId });
        await page.WaitForEventAsync("ready");
        var first = await stack.VisitorStartsAsync(backend, group, "v-4", "Dee");
        await page.WaitForEventAsync("callIn");
        (await page.SettleAsync($"tccc.Chat.accept({{ sessionId: '{first.SessionId}' }})")).AssertResolved();
        var second = await stack.VisitorStartsAsync(backend, group, "v-5", "Eli");
        await page.WaitForEventAsync("callIn", 2);
        (await page.SettleAsync($"tccc.Chat.accept({{ sessionId: '{second.SessionId}' }})")).AssertResolved();
        await stack.VisitorSaysAsync(second, "before the drop");
        var log = Workbench(page).GetByRole(AriaRole.Log).Locator(".msg[data-role=visitor] .msg-body");
        await Expect(log).ToHaveTextAsync(["before the drop"]);

        network.Cut();
        await Expect(Workbench(page).Locator(".conn-text")).ToHaveTextAsync("Reconnecting…", new() { Timeout = 10_000 });
        await stack.VisitorSaysAsync(second, "while you were away");
        await stack.VisitorSaysAsync(first, "hello from Dee");
        network.Restore();

        await Expect(Workbench(page).Locator(".conn-text")).ToHaveTextAsync("Connected", new() { Timeout = 15_000 });
        await Expect(log).ToHaveTextAsync(["before the drop", "while you were away"]);
        await Expect(Row(page, first.SessionId).Locator(".unread")).ToHaveTextAsync("1");
        await Row(page, first.SessionId).Locator(".chat-open").ClickAsync();
        await Expect(log).ToHaveTextAsync(["hello from Dee"]);
        Assert.Equal(2, await page.Page.Locator("#workstation t3c-workbench .chat-row").CountAsync());
    }

    [Fact]
    public async Task A_chat_transferred_to_a_colleague_picked_from_the_list_leaves_this_page_and_rings_on_theirs_with_its_history()
    {
        const string Dee = "dee@example.com";
        var (backend, group) = await stack.TenantAsync(2, Ann, Bob, Dee);
        using var _ = backend;
        var billing = await backend.CreateSkillGroupAsync("Billing", type: 1, maxConcurrency: 2);
        await backend.CreateSkillGroupAsync("Phones", type: 0);
        await using var ann = await AgentPageAsync(backend, Ann);
        await using var bob = await AgentPageAsync(backend, Bob);
        (await bob.SettleAsync("tccc.Agent.setStatus({ status: 'notReady' })")).AssertResolved();
        var session = await stack.VisitorStartsAsync(backend, group, "v-3", "Cy");
        await ann.WaitForEventAsync("callIn");
        (await ann.SettleAsync($"tccc.Chat.accept({{ sessionId: '{session.SessionId}' }})")).AssertResolved();
        await stack.VisitorSaysAsync(session, "It is about billing");
        (await bob.SettleAsync("tccc.Agent.setStatus({ status: 'free' })")).AssertResolved();
        await BobIsFreeAtTheDeskAsync(backend.App);

        // The form lists the application's chat groups by name and the colleagues with their status, fetched as it opens.
        var workbench = Workbench(ann);
        await workbench.GetByRole(AriaRole.Button, new() { Name = "Transfer…" }).PressAsync("Enter");
        var groups = workbench.GetByRole(AriaRole.Combobox, new() { Name = "Skill group" });
        var colleagues = workbench.GetByRole(AriaRole.Combobox, new() { Name = "Colleague" });
        await Expect(groups).ToBeFocusedAsync();
        await Expect(groups.Locator("option")).ToHaveTextAsync(["Choose a skill group", "Billing", "Chat"]);
        await Expect(colleagues.Locator("option")).ToHaveTextAsync(["Choose a colleague", "Agent bob — Free", "Agent dee — Offline"]);
        await Expect(colleagues.Locator("option", new() { HasText = "Agent dee" })).ToBeDisabledAsync();
        await Expect(workbench.GetByRole(AriaRole.Button, new() { Name = "Transfer to colleague" })).ToBeDisabledAsync();
        Assert.Equal($"Billing={billing} Chat={group}",
            await ann.EvaluateAsync<string>("() => tccc.Admin.getSkillGroups().map(g => g.skillGroupName + '=' + g.skillGroupId).join(' ')"));

        await colleagues.SelectOptionAsync(Bob);
        await workbench.GetByRole(AriaRole.Button, new() { Name = "Transfer to colleague" }).PressAsync("Enter");

        var transfer = await ann.WaitForEventAsync("transfer");
        Assert.Equal(["data", "sessionId", "skillGroupId", "userId"], transfer.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal((session.SessionId, Bob), (transfer.GetProperty("sessionId").GetString(), transfer.GetProperty("userId").GetString()));
        await Expect(Row(ann, session.SessionId)).ToHaveCountAsync(0);

        Assert.Equal(session.SessionId, (await bob.WaitForEventAsync("callIn")).GetProperty("sessionId").GetString());
        await Row(bob, session.SessionId).GetByRole(AriaRole.Button, new() { Name = "Accept chat from Cy" }).ClickAsync();
        await bob.WaitForEventAsync("userAccessed");
        await Expect(Workbench(bob).GetByRole(AriaRole.Log).Locator(".msg[data-role=visitor] .msg-body")).ToHaveTextAsync(["It is about billing"]);
    }

    /// <summary>Presence reaches the desk a moment after the page hears its own change; the form must list Bob as free.</summary>
    private async Task BobIsFreeAtTheDeskAsync(long app)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await stack.Desk.TransferTargetsAsync(new AgentKey(app, Ann))).Agents.Single(a => a.UserId == Bob).Status != AgentStatus.Free)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("timed out waiting for the desk to see Bob free");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task An_offer_left_to_ring_out_is_announced_as_autoTransfer_and_rings_the_next_agent()
    {
        var (backend, group) = await stack.TenantAsync(1, Ann, Bob);
        using var _ = backend;
        await backend.Client.ModifySkillGroupRoutingAsync(new()
        {
            SdkAppId = backend.App,
            Routing = new() { SkillGroupId = group, RingTimeoutSeconds = 2 },
        }, TestContext.Current.CancellationToken);
        await using var ann = await AgentPageAsync(backend, Ann);
        await using var bob = await AgentPageAsync(backend, Bob);
        (await bob.SettleAsync("tccc.Agent.setStatus({ status: 'notReady' })")).AssertResolved();
        var session = await stack.VisitorStartsAsync(backend, group, "v-6", "Flo");
        Assert.Equal(2, (await ann.WaitForEventAsync("callIn")).GetProperty("timeout").GetInt32());
        await Expect(Row(ann, session.SessionId).Locator(".countdown")).ToBeVisibleAsync();
        (await bob.SettleAsync("tccc.Agent.setStatus({ status: 'free' })")).AssertResolved();

        var rangOut = await ann.WaitForEventAsync("autoTransfer");
        Assert.Equal(["data", "sessionId"], rangOut.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(session.SessionId, rangOut.GetProperty("sessionId").GetString());
        await Expect(Row(ann, session.SessionId)).ToHaveCountAsync(0);
        Assert.Equal(session.SessionId, (await bob.WaitForEventAsync("callIn")).GetProperty("sessionId").GetString());
        await Expect(Row(bob, session.SessionId).Locator(".chat-state")).ToHaveTextAsync("Incoming");
    }

    [Fact]
    public async Task Attachments_the_agent_sends_upload_with_the_agents_credential_and_show_as_an_inline_image_or_a_download()
    {
        var (backend, group) = await stack.TenantAsync(1, Ann);
        using var _ = backend;
        await using var page = await AgentPageAsync(backend, Ann);
        var session = await stack.VisitorStartsAsync(backend, group, "v-7", "Gus");
        await page.WaitForEventAsync("callIn");
        (await page.SettleAsync($"tccc.Chat.accept({{ sessionId: '{session.SessionId}' }})")).AssertResolved();
        var files = Workbench(page).Locator("input[type=file]");
        var log = Workbench(page).GetByRole(AriaRole.Log);

        await files.SetInputFilesAsync(new FilePayload { Name = "dot.png", MimeType = "image/png", Buffer = Convert.FromBase64String(OnePixelPng) });
        var image = log.GetByRole(AriaRole.Img, new() { Name = "dot.png" });
        await Expect(image).ToBeVisibleAsync();
        Assert.StartsWith("blob:", await image.GetAttributeAsync("src"));
        Assert.Equal(1, await image.EvaluateAsync<int>("img => img.naturalWidth"));

        const string notes = "line one\n<script>window.pwned=3</script>\n";
        await files.SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(notes) });
        var link = log.GetByRole(AriaRole.Button, new() { NameRegex = DownloadNotesPattern() });
        var download = await page.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("notes.txt", download.SuggestedFilename);
        Assert.Equal(notes, await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken));

        await EventuallyAsync(() => stack.Visitors.Messages.Count(m => m.SessionId == session.SessionId && m.Attachment is not null) == 2,
            "both attachments reaching the visitor");
        var sent = stack.Visitors.Messages.Where(m => m.SessionId == session.SessionId && m.Attachment is not null).ToList();
        Assert.Equal([("image", "dot.png", true), ("file", "notes.txt", false)], sent.Select(m => (m.Type, m.Attachment!.FileName, m.Attachment.IsImage)));
    }

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    [Fact]
    public async Task Chat_actions_with_bad_options_or_someone_elses_session_reject_with_a_reason()
    {
        var (backend, _) = await stack.TenantAsync(1, Ann);
        using var __ = backend;
        await using var page = await AgentPageAsync(backend, Ann);

        Assert.Contains("sessionId", (await page.SettleAsync("tccc.Chat.accept({})")).AssertRejected());
        Assert.Contains("exactly one", (await page.SettleAsync("tccc.Chat.transfer({ sessionId: 's', skillGroupId: '3', userId: 'bob@example.com' })")).AssertRejected());
        Assert.Contains("skillGroupId", (await page.SettleAsync("tccc.Chat.transfer({ sessionId: 's', skillGroupId: 'sales' })")).AssertRejected());
        var notFound = (await page.SettleAsync("tccc.Chat.end({ sessionId: '0b7e6c1e-0000-4000-8000-000000000000' })")).AssertRejected();
        Assert.DoesNotContain("tccc.Chat.end was refused by the server", notFound);
    }

    private static Regex SecondsLeft() => SecondsLeftPattern();

    [GeneratedRegex(@"^\d{1,2} s$")]
    private static partial Regex SecondsLeftPattern();

    [GeneratedRegex(@"^Download notes\.txt, \d+ B$")]
    private static partial Regex DownloadNotesPattern();

    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"timed out waiting for {what}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
