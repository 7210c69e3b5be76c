using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;
using Switchboard.Client;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.BrowserTests.Chat;

/// <summary>An agent whose page reloads while a visitor's chat rings them can still take it.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ChatRingingReloadEndToEndTests(BrowserFixture browser)
{
    private const string Ann = "ann@example.com";

    [Fact]
    public async Task A_chat_ringing_when_the_agent_page_reloads_is_offered_again_with_the_time_left_and_can_be_accepted()
    {
        await using var chat = await ChatEndToEnd.StartAsync(browser, 1, new SkillGroupRoutingInfo { RingTimeoutSeconds = 60 }, Ann);
        var ann = await chat.AgentAsync(Ann);
        var visitor = await chat.VisitorAsync("Dora");
        var session = await ChatEndToEnd.SessionOfAsync(visitor);
        var first = await ann.WaitForEventAsync("callIn");
        Assert.Equal(60, first.GetProperty("timeout").GetInt32());
        // Long enough that "the time left" cannot be mistaken for the full ring time.
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);

        await chat.ReloadAgentAsync(ann, Ann);

        // The page's own listener hears the offer again: the same callIn, counting down from what is left.
        var again = await ann.WaitForEventAsync("callIn");
        Assert.Equal(Fields(first), Fields(again));
        Assert.InRange(again.GetProperty("timeout").GetInt32(), 1, 59);
        Assert.Equal(again.GetProperty("timeout").GetInt32(), again.GetProperty("data").GetProperty("timeout").GetInt32());

        var row = ChatEndToEnd.Workbench(ann).Locator($".chat-row[data-session-id='{session}']");
        await Expect(row.Locator(".countdown")).ToBeVisibleAsync();
        await Expect(row.Locator(".countdown")).ToHaveTextAsync(SecondsLeft());
        await row.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Dora" }).ClickAsync();

        Assert.Equal(session, (await ann.WaitForEventAsync("userAccessed")).GetProperty("sessionId").GetString());
        await ChatEndToEnd.StatusAsync(visitor, "You are chatting with Agent ann");
        await Expect(row.Locator(".countdown")).ToBeHiddenAsync();
        Assert.Single(await ann.EventsAsync("callIn"));
    }

    /// <summary>Every field of a callIn but its timeout, at the top level and under <c>data</c>.</summary>
    private static List<string> Fields(JsonElement callIn) =>
    [
        .. callIn.EnumerateObject().Where(p => p.Name is not ("timeout" or "data")).Select(p => $"{p.Name}={p.Value.GetRawText()}"),
        .. callIn.GetProperty("data").EnumerateObject().Where(p => p.Name != "timeout").Select(p => $"data.{p.Name}={p.Value.GetRawText()}"),
    ];

    [GeneratedRegex(@"^\d+ s$")]
    private static partial Regex SecondsLeft();
}
