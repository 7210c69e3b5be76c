using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;
using Switchboard.Client;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.BrowserTests.Chat;

/// <summary>
/// Real pages on both sides: a business's page with the widget tag for each visitor, and a business page with the
/// SdkURL workstation for each agent, against the collection's server. The tenant's chat group is set up through
/// the cloud API exactly as a business would.
/// </summary>
internal sealed class ChatEndToEnd(BrowserFixture browser, TenantBackend backend, long group) : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _pages = [];

    public TenantBackend Backend => backend;
    public long Group => group;

    /// <summary>
    /// A tenant with chat group "Chat" (<paramref name="maxConcurrency"/> chats per agent) whose members are
    /// <paramref name="agents"/>, routed by <paramref name="routing"/> (after-call work off unless it says otherwise).
    /// </summary>
    public static async Task<ChatEndToEnd> StartAsync(BrowserFixture browser, int maxConcurrency, SkillGroupRoutingInfo routing, params string[] agents)
    {
        var backend = await TenantBackend.ConnectAsync(browser.Server);
        var group = await backend.CreateSkillGroupAsync("Chat", type: 1, maxConcurrency: maxConcurrency);
        await backend.CreateAgentsAsync([.. agents.Select(m => TenantBackend.Agent(m, "Chat"))]);
        await backend.Client.ModifySkillGroupRoutingAsync(new ModifySkillGroupRoutingRequest
        {
            SdkAppId = backend.App,
            Routing = routing with { SkillGroupId = group, AfterCallWorkSeconds = routing.AfterCallWorkSeconds ?? 0 },
        }, TestContext.Current.CancellationToken);
        return new ChatEndToEnd(browser, backend, group);
    }

    /// <summary>The agent's workstation, opened through a real SdkURL and ready (the agent is free).</summary>
    public async Task<AgentPage> AgentAsync(string mail)
    {
        var page = await browser.OpenAsync(new BusinessPage(EmbedWidth: 960, EmbedHeight: 640));
        _pages.Add(page);
        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, mail), new { renderDomId = BusinessPage.EmbedElementId });
        await page.WaitForEventAsync("ready");
        return page;
    }

    /// <summary>
    /// The agent reloads their page: the business page loads again and injects a fresh SdkURL from its backend, as
    /// it does on every load; answers once the SDK is ready again.
    /// </summary>
    public async Task ReloadAgentAsync(AgentPage page, string mail)
    {
        await page.Page.ReloadAsync();
        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, mail), new { renderDomId = BusinessPage.EmbedElementId });
        await page.WaitForEventAsync("ready");
    }

    /// <summary>A visitor on the business's page who opened the chat.</summary>
    public async Task<VisitorPage> VisitorAsync(string nickname)
    {
        var html = VisitorPage.Html(browser.Server.BaseAddress, new Dictionary<string, string>
        {
            ["app-id"] = backend.App.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["skill-group"] = group.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["channel"] = "web",
            ["nickname"] = nickname,
        });
        var visitor = await VisitorPage.OpenAsync(browser.Browser, browser.Pages.Publish(html), backend.App);
        _pages.Add(visitor);
        await visitor.Widget.GetByRole(AriaRole.Button, new() { Name = "Open chat" }).ClickAsync();
        return visitor;
    }

    /// <summary>The visitor types <paramref name="text"/> and sends it.</summary>
    public static async Task SayAsync(VisitorPage visitor, string text)
    {
        var input = visitor.Widget.GetByRole(AriaRole.Textbox, new() { Name = "Message" });
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    /// <summary>The agent types <paramref name="text"/> to <paramref name="nickname"/> in the open conversation and sends it.</summary>
    public static async Task ReplyAsync(AgentPage agent, string nickname, string text)
    {
        var input = Workbench(agent).GetByRole(AriaRole.Textbox, new() { Name = "Message to " + nickname });
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    public static ILocator Workbench(AgentPage page) => page.Page.Locator("#workstation t3c-workbench");

    /// <summary>The session the visitor's widget holds, once it has one.</summary>
    public static async Task<string> SessionOfAsync(VisitorPage visitor)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if ((await visitor.SavedAsync()).SessionId is { } id) return id;
            await Task.Delay(25);
        }
        throw new Xunit.Sdk.XunitException("the widget never saved a session id");
    }

    /// <summary>How many <c>callIn</c> events the agent's page has had.</summary>
    public static async Task<int> CallInsAsync(AgentPage agent) => (await agent.EventsAsync("callIn")).Count;

    public async ValueTask DisposeAsync()
    {
        foreach (var page in _pages) await page.DisposeAsync();
        backend.Dispose();
    }

    /// <summary>Waits for the visitor's status line to read <paramref name="text"/>.</summary>
    public static Task StatusAsync(VisitorPage visitor, string text) => Expect(visitor.Status).ToHaveTextAsync(text);
}
