using Switchboard.Chat;
using Switchboard.Client;

namespace Switchboard.IntegrationTests.Chat.Visitors;

/// <summary>"How was your chat?": the visitor's rating through the visitor hub, reported by DescribeIMCdrs.</summary>
public sealed class SatisfactionTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_visitor_rates_a_served_chat_once_after_it_ends_and_the_record_reports_it()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, _, tab, sessionId) = await visitors.VisitorInSessionAsync();

        var choices = (await tab.InvokeAsync("SatisfactionChoices")).GetProperty("choices").EnumerateArray()
            .Select(c => (c.GetProperty("id").GetInt32(), c.GetProperty("label").GetString())).ToList();
        Assert.Equal([(1, "Very satisfied"), (2, "Satisfied"), (3, "Neutral"), (4, "Dissatisfied"), (5, "Very dissatisfied")], choices);

        await visitors.Chat.AcceptAsync("ann@example.com", sessionId);
        await AssertRefusedAsync(tab, sessionId, 1, ChatRefusals.NotEnded);
        await visitors.Chat.Desk.EndByAgentAsync(visitors.Chat.Agent("ann@example.com"), sessionId);

        var rated = await tab.InvokeAsync("Rate", new { sessionId, satisfactionId = 2 });
        Assert.True(rated.GetProperty("ok").GetBoolean(), rated.ToString());
        await AssertRefusedAsync(tab, sessionId, 5, ChatRefusals.AlreadyRated);

        var record = Assert.Single((await RecordsAsync(visitors)).IMCdrList!);
        Assert.Equal((sessionId, "ann@example.com"), (record.SessionId, record.StaffId));
        Assert.Equal(new IMSatisfaction { Id = 2, Label = "Satisfied" }, record.Satisfaction);
        // The business hears of it once, through the webhook's outbox, with the agent who was rated.
        var published = Assert.Single(visitors.Chat.Notifiers.Published, e => e.Event == ChatSessionEvents.Rated);
        Assert.Equal((sessionId, "ann@example.com", 2, "Satisfied"), (published.SessionId, published.AgentMail, published.Satisfaction!.Id, published.Satisfaction.Label));
    }

    [Fact]
    public async Task A_transferred_chat_is_rated_on_the_last_agents_record_only()
    {
        await using var visitors = await VisitorScenario.StartAsync(null, "ann@example.com", "bob@example.com");
        await visitors.Chat.LogInAsync("ann@example.com");
        var (visitorId, _, tab, sessionId) = await visitors.VisitorInSessionAsync();
        await visitors.Chat.AcceptAsync("ann@example.com", sessionId);
        await visitors.Chat.LogInAsync("bob@example.com");
        var transferred = await visitors.Chat.Desk.TransferAsync(visitors.Chat.Agent("ann@example.com"), sessionId, null, "bob@example.com");
        Assert.True(transferred.Accepted, transferred.Refusal);
        await visitors.Chat.AcceptAsync("bob@example.com", sessionId);
        await visitors.Chat.Desk.EndByVisitorAsync(visitors.Chat.Visitor(visitorId), sessionId);

        var rated = await tab.InvokeAsync("Rate", new { sessionId, satisfactionId = 5 });
        Assert.True(rated.GetProperty("ok").GetBoolean(), rated.ToString());

        var records = (await RecordsAsync(visitors)).IMCdrList!.OrderBy(r => long.Parse(r.Id!)).ToList();
        Assert.Equal(["ann@example.com", "bob@example.com"], records.Select(r => r.StaffId));
        Assert.Null(records[0].Satisfaction);
        Assert.Equal(new IMSatisfaction { Id = 5, Label = "Very dissatisfied" }, records[1].Satisfaction);
    }

    [Fact]
    public async Task Ratings_that_cannot_be_taken_are_refused_with_a_reason()
    {
        await using var visitors = await VisitorScenario.StartAsync(new Dictionary<string, string?> { ["Chat:SatisfactionHours"] = "1" });
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, _, tab, sessionId) = await visitors.VisitorInSessionAsync();

        // Ended before any agent took it: nobody to rate.
        await tab.InvokeAsync("End", new { sessionId });
        await AssertRefusedAsync(tab, sessionId, 1, ChatRefusals.NotServed);

        var (_, _, other, served) = await visitors.VisitorInSessionAsync("Cat");
        await visitors.Chat.AcceptAsync("ann@example.com", served);
        await visitors.Chat.Desk.EndByAgentAsync(visitors.Chat.Agent("ann@example.com"), served);
        // Another visitor's chat is not theirs to rate; an answer off the scale, or not a number, is not an answer.
        await AssertRefusedAsync(tab, served, 1, ChatRefusals.NotFound);
        await AssertRefusedAsync(other, served, 6, ChatRefusals.BadSatisfaction);
        var malformed = await other.InvokeAsync("Rate", new { sessionId = served, satisfactionId = "good" });
        Assert.Equal("badRequest", malformed.GetProperty("code").GetString());
        var extra = await other.InvokeAsync("Rate", new { sessionId = served, satisfactionId = 1, comment = "x" });
        Assert.Equal("badRequest", extra.GetProperty("code").GetString());

        visitors.Chat.Advance(TimeSpan.FromMinutes(61));
        await AssertRefusedAsync(other, served, 1, ChatRefusals.RatingClosed);
        Assert.All((await RecordsAsync(visitors)).IMCdrList!, r => Assert.Null(r.Satisfaction));
    }

    [Fact]
    public async Task Rating_turned_off_offers_no_choices()
    {
        await using var visitors = await VisitorScenario.StartAsync(new Dictionary<string, string?> { ["Chat:SatisfactionHours"] = "0" });
        var (_, token) = await visitors.AnonymousAsync();
        var tab = await visitors.OpenTabAsync(token);

        Assert.Empty((await tab.InvokeAsync("SatisfactionChoices")).GetProperty("choices").EnumerateArray());
    }

    private static async Task AssertRefusedAsync(VisitorTab tab, string sessionId, int satisfactionId, string code)
    {
        var answer = await tab.InvokeAsync("Rate", new { sessionId, satisfactionId });
        Assert.False(answer.GetProperty("ok").GetBoolean(), answer.ToString());
        Assert.Equal(code, answer.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("message").GetString()));
    }

    private static async Task<DescribeIMCdrsResponse> RecordsAsync(VisitorScenario visitors)
    {
        var now = visitors.Chat.Clock.GetUtcNow().ToUnixTimeSeconds();
        return await visitors.Chat.Presence.Client.DescribeIMCdrsAsync(new DescribeIMCdrsRequest
        {
            SdkAppId = visitors.App, StartTimestamp = now - 3600, EndTimestamp = now + 60, Limit = 100,
        }, Cancellation);
    }
}
