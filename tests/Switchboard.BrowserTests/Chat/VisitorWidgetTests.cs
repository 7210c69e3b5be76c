using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;
using Switchboard.Chat;

namespace Switchboard.BrowserTests.Chat;

/// <summary>
/// The chat widget pasted into a plain page of another origin, in real Chromium, against the real server and desk;
/// the agents are played in-process through the desk.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VisitorWidgetTests(BrowserFixture fixture)
{
    private const string Ann = "ann@example.com";
    private const string Bea = "bea@example.com";
    private const string Hostile = "<img src=x onerror=\"window.pwned=1\"><b>bold</b>";

    [Fact]
    public async Task A_visitor_queues_talks_with_an_agent_reloads_without_duplicates_and_sends_an_image()
    {
        var desk = await ChatDeskDriver.StartAsync(fixture.Server, Ann, Bea);
        // Ann serves one chat and one more visitor waits before the page's visitor arrives.
        await desk.LogInAsync(Ann);
        var first = await desk.StartVisitorAsync("v-first-visitor-000000000");
        await desk.AcceptAsync(Ann, first.SessionId);
        var second = await desk.StartVisitorAsync("v-second-visitor-00000000");

        var html = VisitorPage.Html(fixture.Server.BaseAddress, new Dictionary<string, string>
        {
            ["app-id"] = desk.App.ToString(), ["skill-group"] = desk.Group.ToString(), ["channel"] = "web", ["nickname"] = Hostile,
        });
        await using var visitor = await VisitorPage.OpenAsync(fixture.Browser, fixture.Pages.Publish(html), desk.App);
        await visitor.Widget.GetByRole(AriaRole.Button, new() { Name = "Open chat" }).ClickAsync();
        await Assertions.Expect(visitor.Status).ToHaveTextAsync("You are number 2 in the queue");

        // The visitor ahead gives up: the page moves up.
        await desk.Desk.EndByVisitorAsync(new VisitorIdentity(desk.App, "v-second-visitor-00000000", false), second.SessionId);
        await Assertions.Expect(visitor.Status).ToHaveTextAsync("You are number 1 in the queue");

        var input = visitor.Widget.GetByRole(AriaRole.Textbox, new() { Name = "Message" });
        await input.FillAsync(Hostile);
        await input.PressAsync("Enter");
        await Assertions.Expect(visitor.Messages.First).ToHaveTextAsync(Hostile);
        Assert.Equal(0, await visitor.Widget.Locator(".messages img, .messages b").CountAsync());

        // Bea comes online and takes the chat; her reply and typing reach the page.
        await desk.LogInAsync(Bea);
        var (visitorId, sessionId) = await visitor.SavedAsync();
        Assert.NotNull(sessionId);
        await EventuallyAccepted(desk, Bea, sessionId!);
        await Assertions.Expect(visitor.Status).ToHaveTextAsync("You are chatting with Agent bea");
        await desk.Desk.TypingAsync(desk.App, sessionId!, ChatSender.Agent(Bea), true);
        await Assertions.Expect(visitor.Widget.Locator(".typing")).ToHaveTextAsync("The agent is typing…");
        var (reply, _) = await desk.Desk.PostAsync(desk.App, sessionId!, ChatSender.Agent(Bea), ChatMessageTypes.Text, "Hello, how can I help?", null);
        Assert.True(reply.Accepted, reply.Refusal);
        await Assertions.Expect(visitor.Messages).ToHaveTextAsync([Hostile, "Hello, how can I help?"]);

        // The stored message reached the agent's side as text, exactly as typed.
        var atDesk = await desk.Desk.MessagesAsync(desk.App, sessionId!, ChatSender.Agent(Bea), 0, 50);
        Assert.Contains(atDesk, m => m.Type == ChatMessageTypes.Text && m.Content == Hostile && m.Sender == visitorId);

        await visitor.ReloadAsync();
        await Assertions.Expect(visitor.Status).ToHaveTextAsync("You are chatting with Agent bea");
        await Assertions.Expect(visitor.Messages).ToHaveTextAsync([Hostile, "Hello, how can I help?"]);
        Assert.Equal(sessionId, (await visitor.SavedAsync()).SessionId);

        var png = Path.Combine(BrowserFixture.ArtifactsDirectory(), "widget-upload.png");
        await File.WriteAllBytesAsync(png, Convert.FromBase64String(TinyPng), TestContext.Current.CancellationToken);
        await visitor.Widget.Locator("input[type=file]").SetInputFilesAsync(png);
        var image = visitor.Widget.Locator(".messages .message img");
        await Assertions.Expect(image).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^blob:"));
        await visitor.Page.WaitForFunctionAsync("img => img.complete && img.naturalWidth === 2", await image.ElementHandleAsync());
        Assert.False(await visitor.Page.EvaluateAsync<bool>("() => window.pwned === 1"));
        await visitor.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory(), "chat-widget-conversation.png") });
    }

    [Fact]
    public async Task The_hosted_chat_page_runs_the_widget_full_page_and_offers_a_new_chat_when_nobody_is_online()
    {
        var desk = await ChatDeskDriver.StartAsync(fixture.Server, Ann);
        var address = new Uri(fixture.Server.BaseAddress, $"chat/{desk.App}?skillGroup={desk.Group}&channel=mobile&nickname={Uri.EscapeDataString(Hostile)}");
        await using var visitor = await VisitorPage.OpenAsync(fixture.Browser, address, desk.App);

        // Nobody is logged in: the session ends at once and the visitor is told so.
        await Assertions.Expect(visitor.Status).ToHaveTextAsync("The chat has ended.");
        var startNew = visitor.Widget.GetByRole(AriaRole.Button, new() { Name = "Start a new chat" });
        await Assertions.Expect(startNew).ToBeVisibleAsync();
        var panel = await visitor.Widget.Locator(".panel").BoundingBoxAsync();
        Assert.Equal((1100f, 800f), (panel!.Width, panel.Height));
        Assert.Equal(0, await visitor.Widget.GetByRole(AriaRole.Button, new() { Name = "Open chat" }).CountAsync());

        await desk.LogInAsync(Ann);
        await startNew.ClickAsync();
        await Assertions.Expect(visitor.Status).ToHaveTextAsync("Connecting you to an agent…");
        var (_, sessionId) = await visitor.SavedAsync();
        var offered = await desk.Desk.GetAsync(desk.App, sessionId!, ChatSender.Agent(Ann));
        Assert.Equal("mobile", offered!.ChannelName);
        Assert.Equal(Hostile, offered.Nickname);
    }

    [Fact]
    public async Task A_customer_signed_in_through_setVisitor_sees_a_past_conversation()
    {
        var desk = await ChatDeskDriver.StartAsync(fixture.Server, Ann);
        // An earlier chat of the customer (nobody was online, so it ended at once).
        var earlier = await desk.StartVisitorAsync("customer-77", verified: true);
        Assert.Equal(ChatSessionState.Ended, earlier.State);
        var sig = await desk.Backend.Client.CreateUserSigAsync(new() { SdkAppId = desk.App, Uid = "customer-77", ClientData = "vip", ExpiredTime = 600 },
            TestContext.Current.CancellationToken);

        var html = VisitorPage.Html(fixture.Server.BaseAddress, new Dictionary<string, string>
        {
            ["app-id"] = desk.App.ToString(), ["skill-group"] = desk.Group.ToString(),
        });
        await using var visitor = await VisitorPage.OpenAsync(fixture.Browser, fixture.Pages.Publish(html), desk.App);
        // The page learns who its user is after loading, from its own backend.
        await visitor.Page.WaitForFunctionAsync("() => !!window.SwitchboardChat");
        await visitor.Page.EvaluateAsync("sig => window.SwitchboardChat.setVisitor({ userId: 'customer-77', userSig: sig })", sig.UserSig);
        await visitor.Page.EvaluateAsync("() => window.SwitchboardChat.open()");

        await Assertions.Expect(visitor.Status).ToHaveTextAsync("The chat has ended.");
        Assert.Equal("customer-77", (await visitor.SavedAsync()).VisitorId);
        var history = visitor.Widget.Locator(".history");
        await Assertions.Expect(history).ToBeVisibleAsync();
        await history.Locator("summary").ClickAsync();
        await Assertions.Expect(history.Locator("li")).ToHaveCountAsync(1);
        await history.Locator("li button").ClickAsync();
        await Assertions.Expect(visitor.Widget.Locator(".messages .notice").Last).ToHaveTextAsync("End of the past conversation");
    }

    [Fact]
    public async Task A_message_typed_during_a_network_drop_is_delivered_once_after_it()
    {
        var desk = await ChatDeskDriver.StartAsync(fixture.Server, Ann);
        await desk.LogInAsync(Ann);
        await using var network = new NetworkCut(fixture.Server.BaseAddress);
        var html = VisitorPage.Html(new Uri(network.Route(fixture.Server.BaseAddress.ToString())), new Dictionary<string, string>
        {
            ["app-id"] = desk.App.ToString(), ["skill-group"] = desk.Group.ToString(),
        });
        await using var visitor = await VisitorPage.OpenAsync(fixture.Browser, fixture.Pages.Publish(html), desk.App);
        await visitor.Widget.GetByRole(AriaRole.Button, new() { Name = "Open chat" }).ClickAsync();
        await Assertions.Expect(visitor.Status).ToHaveTextAsync("Connecting you to an agent…");
        var (visitorId, sessionId) = await visitor.SavedAsync();
        await EventuallyAccepted(desk, Ann, sessionId!);
        await Assertions.Expect(visitor.Status).ToHaveTextAsync("You are chatting with Agent ann");

        network.Cut();
        await Assertions.Expect(visitor.Widget.Locator(".offline")).ToBeVisibleAsync();
        var input = visitor.Widget.GetByRole(AriaRole.Textbox, new() { Name = "Message" });
        await input.FillAsync("sent while offline");
        await input.PressAsync("Enter");
        await Assertions.Expect(visitor.Widget.Locator(".message.pending")).ToHaveTextAsync("sent while offline");
        var (posted, _) = await desk.Desk.PostAsync(desk.App, sessionId!, ChatSender.Agent(Ann), ChatMessageTypes.Text, "Are you there?", null);
        Assert.True(posted.Accepted, posted.Refusal);

        network.Restore();
        var patience = new LocatorAssertionsToHaveCountOptions { Timeout = 20_000 };
        await Assertions.Expect(visitor.Widget.Locator(".message.pending")).ToHaveCountAsync(0, patience);
        await Assertions.Expect(visitor.Widget.Locator(".offline")).ToBeHiddenAsync();
        await Assertions.Expect(visitor.Messages).ToHaveCountAsync(2);
        Assert.Equal(["Are you there?", "sent while offline"], (await visitor.Messages.AllTextContentsAsync()).Order());
        var stored = await desk.Desk.MessagesAsync(desk.App, sessionId!, ChatSender.Agent(Ann), 0, 50);
        Assert.Single(stored, m => m.Sender == visitorId && m.Content == "sent while offline");
    }

    /// <summary>The agent accepts once the routing grain has offered the chat to them.</summary>
    private static async Task EventuallyAccepted(ChatDeskDriver desk, string mail, string sessionId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var result = await desk.Desk.AcceptAsync(desk.Agent(mail), sessionId);
            if (result.Accepted) return;
            if (DateTime.UtcNow > deadline) Assert.Fail($"{mail} could not accept the chat: {result.Refusal}");
            await Task.Delay(100);
        }
    }

    /// <summary>A 2×1 PNG.</summary>
    private const string TinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mP8z8DwnwEIGGEAAB0FAf+H2BQ3AAAAAElFTkSuQmCC";
}
