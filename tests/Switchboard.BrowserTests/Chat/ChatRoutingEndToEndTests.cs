using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;
using Switchboard.Client;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.BrowserTests.Chat;

/// <summary>
/// Routing seen from real pages on both sides: a visitor's widget page reaches the agent page its group's
/// strategy picks among three, and an agent's concurrency limit holds the next visitor in the queue.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChatRoutingEndToEndTests(BrowserFixture browser)
{
    private const string Ann = "ann@example.com";
    private const string Bea = "bea@example.com";
    private const string Cid = "cid@example.com";

    [Theory]
    [InlineData("ROUTE_POLICY_LONGEST_IDLE", Ann)]
    [InlineData("ROUTE_POLICY_AGENT_PRIORITY", Cid)]
    [InlineData("ROUTE_POLICY_FEWEST_SESSIONS_TODAY", Bea)]
    public async Task A_visitor_page_reaches_the_agent_page_its_groups_strategy_picks_among_three(string policy, string expected)
    {
        await using var chat = await ChatEndToEnd.StartAsync(browser, 1, new SkillGroupRoutingInfo { RoutePolicy = policy, RingTimeoutSeconds = 60 }, Ann, Bea, Cid);
        // Cid is the group's first choice by priority; the others keep the default 3.
        await chat.Backend.Client.BindStaffSkillGroupListAsync(new()
        {
            SdkAppId = chat.Backend.App, StaffEmail = Cid, StaffSkillGroupList = [new() { SkillGroupId = chat.Group, Priority = 1 }],
        }, TestContext.Current.CancellationToken);
        // They log in one after the other, so Ann has been free longest.
        var agents = new Dictionary<string, AgentPage>();
        foreach (var mail in new[] { Ann, Bea, Cid }) agents[mail] = await chat.AgentAsync(mail);

        if (policy == "ROUTE_POLICY_FEWEST_SESSIONS_TODAY")
        {
            // Ann (free longest) serves one chat first; after it Bea and Cid have served fewer, and Bea has been free longer.
            var warmUp = await chat.VisitorAsync("Early bird");
            var early = await ChatEndToEnd.SessionOfAsync(warmUp);
            await agents[Ann].WaitForEventAsync("callIn");
            (await agents[Ann].SettleAsync($"tccc.Chat.accept({{ sessionId: '{early}' }})")).AssertResolved();
            (await agents[Ann].SettleAsync($"tccc.Chat.end({{ sessionId: '{early}' }})")).AssertResolved();
            await agents[Ann].WaitForEventAsync("sessionEnded");
        }
        var before = new Dictionary<string, int>();
        foreach (var (mail, page) in agents) before[mail] = await ChatEndToEnd.CallInsAsync(page);

        var visitor = await chat.VisitorAsync("Dora");
        var session = await ChatEndToEnd.SessionOfAsync(visitor);
        var callIn = await agents[expected].WaitForEventAsync("callIn", before[expected] + 1);
        Assert.Equal((session, "Dora"), (callIn.GetProperty("sessionId").GetString(), callIn.GetProperty("nickname").GetString()));

        var row = ChatEndToEnd.Workbench(agents[expected]).Locator($".chat-row[data-session-id='{session}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Dora" }).ClickAsync();
        await ChatEndToEnd.StatusAsync(visitor, "You are chatting with Agent " + expected.Split('@')[0]);
        await ChatEndToEnd.SayAsync(visitor, "Where is my parcel?");
        await Expect(ChatEndToEnd.Workbench(agents[expected]).GetByRole(AriaRole.Log).Locator(".msg[data-role=visitor] .msg-body"))
            .ToHaveTextAsync(["Where is my parcel?"]);
        await ChatEndToEnd.ReplyAsync(agents[expected], "Dora", "On its way, arriving tomorrow.");
        await Expect(visitor.Messages.Last).ToHaveTextAsync("On its way, arriving tomorrow.");

        // Nobody else was rung for Dora.
        foreach (var (mail, page) in agents.Where(a => a.Key != expected))
            Assert.DoesNotContain(await page.EventsAsync("callIn"), e => e.GetProperty("sessionId").GetString() == session);
    }

    [Fact]
    public async Task An_agent_at_the_groups_concurrency_limit_is_not_offered_more_and_the_next_visitor_waits_with_its_place()
    {
        await using var chat = await ChatEndToEnd.StartAsync(browser, 2, new SkillGroupRoutingInfo { RingTimeoutSeconds = 60 }, Ann);
        var ann = await chat.AgentAsync(Ann);

        var first = await chat.VisitorAsync("Ada");
        var firstSession = await ChatEndToEnd.SessionOfAsync(first);
        await ann.WaitForEventAsync("callIn");
        (await ann.SettleAsync($"tccc.Chat.accept({{ sessionId: '{firstSession}' }})")).AssertResolved();
        var second = await chat.VisitorAsync("Ben");
        var secondSession = await ChatEndToEnd.SessionOfAsync(second);
        await ann.WaitForEventAsync("callIn", 2);
        (await ann.SettleAsync($"tccc.Chat.accept({{ sessionId: '{secondSession}' }})")).AssertResolved();
        await ChatEndToEnd.StatusAsync(first, "You are chatting with Agent ann");
        await ChatEndToEnd.StatusAsync(second, "You are chatting with Agent ann");

        var third = await chat.VisitorAsync("Cy");
        await ChatEndToEnd.StatusAsync(third, "You are number 1 in the queue");
        Assert.Equal(2, await ChatEndToEnd.CallInsAsync(ann));

        (await ann.SettleAsync($"tccc.Chat.end({{ sessionId: '{firstSession}' }})")).AssertResolved();
        var offered = await ann.WaitForEventAsync("callIn", 3);
        Assert.Equal(await ChatEndToEnd.SessionOfAsync(third), offered.GetProperty("sessionId").GetString());
        Assert.Equal("Cy", offered.GetProperty("nickname").GetString());
    }
}
