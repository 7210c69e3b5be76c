using Microsoft.Extensions.DependencyInjection;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.IntegrationTests.ClientScenarios;
using Switchboard.Presence;

namespace Switchboard.IntegrationTests.Presence;

/// <summary>The presence actions end to end: a backend with the .NET client against the real server.</summary>
public sealed class PresenceActionTests
{
    private const string Ann = "ann@example.com";
    private const string Bob = "bob@example.com";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SetStaffStatus_answers_each_agent_with_the_state_before_and_after()
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: [Ann, Bob]);
        await scenario.ConnectAsync(Ann, "tab-1");

        var response = await scenario.Client.SetStaffStatusAsync(new()
        {
            SdkAppId = scenario.App,
            StaffStatusList =
            [
                new() { StaffUserId = "Ann@Example.com", Status = "rest", Reason = "Meal" },
                new() { StaffUserId = Bob, Status = "free" },
                new() { StaffUserId = "ghost@example.com", Status = "free" },
                new() { StaffUserId = Ann, Status = "rest", Reason = "Nap" },
            ],
        }, Cancellation);

        Assert.Collection(response.StaffStatusList,
            ann => Assert.Equal(("Ann@Example.com", "", "rest", "Meal", "free", ""), (ann.StaffUserId, ann.ErrorCode, ann.Status, ann.Reason, ann.PreviousStatus, ann.PreviousReason)),
            bob =>
            {
                Assert.Equal((ErrorCodes.FailedOperation, "offline", "offline"), (bob.ErrorCode, bob.Status, bob.PreviousStatus));
                Assert.Contains("log in", bob.ErrorMessage);
            },
            ghost => Assert.Equal(ErrorCodes.AccountNotExist, ghost.ErrorCode),
            nap =>
            {
                Assert.Equal((ErrorCodes.FailedOperation, "rest", "Meal"), (nap.ErrorCode, nap.Status, nap.Reason));
                Assert.Equal("'Nap' is not a rest reason of this application; use one of: Meal, Meeting, Training.", nap.ErrorMessage);
            });
        Assert.Equal((AgentStatus.Rest, "Meal"), ((await scenario.ViewAsync(Ann)).Status, (await scenario.ViewAsync(Ann)).Reason));
    }

    [Fact]
    public async Task SetStaffStatus_offers_the_rest_reasons_the_application_configured()
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: Ann);
        await scenario.Host.Services.GetRequiredService<RestReasonCatalog>().SetAsync(scenario.App, ["Lunch", "Coaching"], Cancellation);
        await scenario.ConnectAsync(Ann, "tab-1");

        var lunch = await SetOneAsync(scenario, Ann, "rest", "Lunch");
        var meal = await SetOneAsync(scenario, Ann, "rest", "Meal");

        Assert.Equal(("", "Lunch"), (lunch.ErrorCode, lunch.Reason));
        Assert.Equal(ErrorCodes.FailedOperation, meal.ErrorCode);
        Assert.Contains("Lunch, Coaching", meal.ErrorMessage);
    }

    public static TheoryData<string, string, string> MalformedSetStaffStatus => new()
    {
        { """{"StaffStatusList":[]}""", ErrorCodes.InvalidParameterValue, "StaffStatusList must list 1 to 10 agents." },
        { """{"StaffStatusList":[ELEVEN]}""", ErrorCodes.InvalidParameterValue, "StaffStatusList must list 1 to 10 agents." },
        { """{"StaffStatusList":[{"StaffUserId":"ann@example.com","Status":"busy"}]}""", ErrorCodes.InvalidParameterValue, "StaffStatusList.0.Status must be free, notReady or rest, not 'busy'." },
        { """{"StaffStatusList":[{"StaffUserId":"ann@example.com","Status":"afterCallWork"}]}""", ErrorCodes.InvalidParameterValue, "not 'afterCallWork'" },
        { """{"StaffStatusList":[{"StaffUserId":"ann@example.com","Status":"Free"}]}""", ErrorCodes.InvalidParameterValue, "not 'Free'" },
        { """{"StaffStatusList":[{"StaffUserId":"","Status":"free"}]}""", ErrorCodes.InvalidParameterValue, "StaffStatusList.0.StaffUserId must not be empty." },
        { """{"StaffStatusList":[{"StaffUserId":"ann@example.com"}]}""", ErrorCodes.MissingParameter, "StaffStatusList.0.Status" },
        { """{"StaffStatusList":[{"StaffUserId":"ann@example.com","Status":7}]}""", ErrorCodes.InvalidParameter, "StaffStatusList.0.Status" },
        { """{}""", ErrorCodes.MissingParameter, "StaffStatusList" },
    };

    [Theory]
    [MemberData(nameof(MalformedSetStaffStatus))]
    public async Task Malformed_SetStaffStatus_requests_are_refused_whole(string body, string code, string message)
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: Ann);
        await scenario.ConnectAsync(Ann, "tab-1");
        var eleven = string.Join(",", Enumerable.Repeat("""{"StaffUserId":"ann@example.com","Status":"notReady"}""", 11));
        var fields = body.Replace("ELEVEN", eleven, StringComparison.Ordinal)[1..^1];
        var json = $$"""{"SdkAppId":{{scenario.App}}{{(fields.Length > 0 ? "," : "")}}{{fields}}}""";

        var error = await ApiError.ExpectAsync(code, () => scenario.Client.SendAsync<SetStaffStatusResponse>("SetStaffStatus", System.Text.Json.JsonDocument.Parse(json).RootElement, Cancellation));

        Assert.Contains(message, error.Message);
        Assert.Equal(AgentStatus.Free, (await scenario.ViewAsync(Ann)).Status);
    }

    [Fact]
    public async Task Lock_actions_need_a_known_agent_of_the_callers_application()
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: Ann);

        await ApiError.ExpectAsync(ErrorCodes.AccountNotExist, () => scenario.Client.ForceMemberOfflineAsync(new() { SdkAppId = scenario.App, UserId = "ghost@example.com" }, Cancellation));
        await ApiError.ExpectAsync(ErrorCodes.AccountNotExist, () => scenario.Client.RestoreMemberOnlineAsync(new() { SdkAppId = scenario.App, UserId = "" }, Cancellation));
        await ApiError.ExpectAsync(ErrorCodes.InstanceNotExist, () => scenario.Client.ForceMemberOfflineAsync(new() { SdkAppId = scenario.Backend.Tenant.OtherOwnersSdkAppId, UserId = Ann }, Cancellation));
        await ApiError.ExpectAsync(ErrorCodes.MissingParameter, () => scenario.Client.SendAsync<ForceMemberOfflineResponse>("ForceMemberOffline",
            System.Text.Json.JsonDocument.Parse($$"""{"SdkAppId":{{scenario.App}}}""").RootElement, Cancellation));
        Assert.False((await scenario.ViewAsync(Ann)).ForcedOffline);
    }

    [Fact]
    public async Task Metrics_show_the_live_state_and_todays_seconds_in_each_state()
    {
        await using var scenario = await PresenceScenario.StartAsync(new Dictionary<string, string?> { ["Presence:AfterCallWorkSeconds"] = "30" }, agents: [Ann, Bob]);
        var agent = scenario.Agent(Ann);
        await scenario.Client.ModifyStaffAsync(new() { SdkAppId = scenario.App, Email = Ann, UseMobileAccept = 2, UseMobileCallOut = true }, Cancellation);
        var cameOnline = scenario.Clock.GetUtcNow().ToUnixTimeSeconds();
        await scenario.ConnectAsync(Ann, "tab-1");
        scenario.Clock.Advance(TimeSpan.FromSeconds(60));
        await scenario.SetAsync(Ann, "rest", "Meal");
        scenario.Clock.Advance(TimeSpan.FromSeconds(120));
        await scenario.SetAsync(Ann, "notReady");
        scenario.Clock.Advance(TimeSpan.FromSeconds(30));
        await scenario.Sessions.BeginSessionAsync(agent, "session-1");
        scenario.Clock.Advance(TimeSpan.FromSeconds(45));
        await scenario.SetAsync(Ann, "rest", "Meeting");
        await scenario.Sessions.EndSessionAsync(agent, "session-1");
        var wrapUpStarted = scenario.Clock.GetUtcNow().ToUnixTimeSeconds();
        scenario.Clock.Advance(TimeSpan.FromSeconds(10));

        var during = await scenario.MetricsAsync(Ann);
        Assert.Equal(("afterCallWork", 265L, 60L, 120L, 30L, 45L, 10L),
            (during.Status, during.OnlineDuration, during.FreeDuration, during.RestDuration, during.NotReadyDuration, during.BusyDuration, during.AfterCallWorkDuration));
        Assert.Equal((true, false, 2L, true), (during.ReserveRest, during.ReserveNotReady, during.UseMobileAccept, during.UseMobileCallOut));
        Assert.Equal((cameOnline, wrapUpStarted), (during.LastOnlineTimestamp, during.LastStatusTimestamp));
        var client = Assert.Single(during.ClientInfo);
        Assert.Equal(("Web", true), (client.ClientType, client.IsConnected));
        Assert.Equal(Bob, Assert.Single((await scenario.Client.DescribeStaffStatusMetricsAsync(new() { SdkAppId = scenario.App, StatusList = ["offline"] }, Cancellation)).Metrics).Email);

        await scenario.AdvanceAsync(TimeSpan.FromSeconds(20), Ann, AgentStatus.Rest);
        var after = await scenario.MetricsAsync(Ann);
        Assert.Equal(("rest", "Meeting", false, 30L, 120L), (after.Status, after.Reason, after.ReserveRest, after.AfterCallWorkDuration, after.RestDuration));
    }

    [Fact]
    public async Task Metrics_count_only_today_starting_from_the_state_at_midnight()
    {
        var beforeMidnight = new DateTimeOffset(2026, 11, 24, 23, 58, 0, TimeSpan.Zero);
        await using var scenario = await PresenceScenario.StartAsync(start: beforeMidnight, agents: Ann);
        await scenario.ConnectAsync(Ann, "tab-1");
        scenario.Clock.Advance(TimeSpan.FromMinutes(1));
        await scenario.SetAsync(Ann, "notReady");
        scenario.Clock.Advance(TimeSpan.FromMinutes(3));

        var metrics = await scenario.MetricsAsync(Ann);

        Assert.Equal((0L, 120L, 120L), (metrics.FreeDuration, metrics.NotReadyDuration, metrics.OnlineDuration));
    }

    [Fact]
    public async Task Metrics_filter_by_agents_skill_groups_and_states()
    {
        await using var scenario = await PresenceScenario.StartAsync();
        var sales = await scenario.Backend.CreateSkillGroupAsync("Sales");
        await scenario.Backend.CreateAgentsAsync(TenantBackend.Agent(Ann, "Sales"), TenantBackend.Agent(Bob), TenantBackend.Agent("cid@example.com", "Sales"));
        await scenario.ConnectAsync(Ann, "a");
        await scenario.ConnectAsync("cid@example.com", "c");
        await scenario.SetAsync("cid@example.com", "rest", "Training");

        async Task<string> EmailsAsync(DescribeStaffStatusMetricsRequest request) =>
            string.Join(",", (await scenario.Client.DescribeStaffStatusMetricsAsync(request, Cancellation)).Metrics.Select(m => m.Email));

        Assert.Equal("ann@example.com,bob@example.com,cid@example.com", await EmailsAsync(new() { SdkAppId = scenario.App }));
        Assert.Equal("ann@example.com,cid@example.com", await EmailsAsync(new() { SdkAppId = scenario.App, GroupIdList = [sales] }));
        Assert.Equal("cid@example.com", await EmailsAsync(new() { SdkAppId = scenario.App, GroupIdList = [sales], StatusList = ["rest", "notReady"] }));
        Assert.Equal("bob@example.com", await EmailsAsync(new() { SdkAppId = scenario.App, StaffList = ["BOB@example.com", "ghost@example.com"] }));
        Assert.Equal("", await EmailsAsync(new() { SdkAppId = scenario.App, StatusList = ["busy"] }));

        var error = await ApiError.ExpectAsync(ErrorCodes.InvalidParameterValue, () =>
            scenario.Client.DescribeStaffStatusMetricsAsync(new() { SdkAppId = scenario.App, StatusList = ["free", "lunch"] }, Cancellation));
        Assert.Contains("StatusList.1", error.Message);
    }

    [Fact]
    public async Task History_lists_every_change_in_order_and_pages_by_cursor()
    {
        await using var scenario = await PresenceScenario.StartAsync(new Dictionary<string, string?> { ["Presence:AfterCallWorkSeconds"] = "5" }, agents: Ann);
        var start = scenario.Clock.GetUtcNow().ToUnixTimeSeconds();
        await scenario.ConnectAsync(Ann, "tab-1");
        scenario.Clock.Advance(TimeSpan.FromSeconds(1));
        await scenario.SetAsync(Ann, "rest", "Meal");
        await scenario.SetAsync(Ann, "free");
        await scenario.Sessions.BeginSessionAsync(scenario.Agent(Ann), "session-7");
        await scenario.Sessions.EndSessionAsync(scenario.Agent(Ann), "session-7");
        await scenario.AdvanceAsync(TimeSpan.FromSeconds(5), Ann, AgentStatus.Free);

        var all = new List<StaffStatus>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await scenario.Client.DescribeStaffStatusHistoryAsync(new()
            {
                SdkAppId = scenario.App, StaffUserId = "ANN@example.com", StartTimestamp = start, EndTimestamp = start + 3600, PageSize = 2, Cursor = cursor,
            }, Cancellation);
            all.AddRange(page.Data);
            cursor = page.Data.Count == 2 ? page.Data[^1].Cursor : null;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(4, pages);
        Assert.Equal(["free", "rest", "free", "busy", "afterCallWork", "free"], all.Select(s => s.Status));
        Assert.Equal(["", "Meal", "", "", "", ""], all.Select(s => s.Reason));
        Assert.Equal("session-7", all[3].SessionId);
        Assert.Equal([start, start + 1, start + 1, start + 1, start + 1, start + 6], all.Select(s => s.Timestamp));
        Assert.All(all, s => Assert.Equal((Ann, "ann"), (s.StaffEmail, s.StaffNo)));
        Assert.Equal(6, all.Select(s => s.Cursor).Distinct().Count());
    }

    public static TheoryData<long, long, string?, long?, string> BadHistoryRequests => new()
    {
        { -1, 0, null, null, "StartTimestamp must be within the last 180 days." },
        { -181 * 86400, -180 * 86400 + 60, null, null, "StartTimestamp must be within the last 180 days." },
        { 0, 7 * 86400, null, null, "EndTimestamp must be less than 7 days after StartTimestamp." },
        { 0, -60, null, null, "EndTimestamp must not be before StartTimestamp." },
        { -60, 0, "not-a-cursor", null, "Cursor is not a cursor this action returned." },
        { -60, 0, "AAAAAAAAAAA", null, "Cursor is not a cursor this action returned." },
        { -60, 0, "", null, "Cursor is not a cursor this action returned." },
        { -60, 0, null, 0, "PageSize must be 1 to 1000." },
        { -60, 0, null, 1001, "PageSize must be 1 to 1000." },
    };

    [Theory]
    [MemberData(nameof(BadHistoryRequests))]
    public async Task History_refuses_windows_cursors_and_page_sizes_it_cannot_serve(long startOffset, long endOffset, string? cursor, long? pageSize, string message)
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: Ann);
        var now = scenario.Clock.GetUtcNow().ToUnixTimeSeconds();
        // -1 stands for "the beginning of time", far outside the 180 days.
        var start = startOffset == -1 ? 0 : now + startOffset;

        var error = await ApiError.ExpectAsync(ErrorCodes.InvalidParameterValue, () => scenario.Client.DescribeStaffStatusHistoryAsync(new()
        {
            SdkAppId = scenario.App, StaffUserId = Ann, StartTimestamp = start, EndTimestamp = now + endOffset, Cursor = cursor, PageSize = pageSize,
        }, Cancellation));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task History_of_an_unknown_agent_is_AccountNotExist()
    {
        await using var scenario = await PresenceScenario.StartAsync(agents: Ann);
        var now = scenario.Clock.GetUtcNow().ToUnixTimeSeconds();
        await ApiError.ExpectAsync(ErrorCodes.AccountNotExist, () => scenario.Client.DescribeStaffStatusHistoryAsync(
            new() { SdkAppId = scenario.App, StaffUserId = "ghost@example.com", StartTimestamp = now - 60, EndTimestamp = now }, Cancellation));
    }

    private static async Task<SetStaffStatusRspItem> SetOneAsync(PresenceScenario scenario, string mail, string status, string? reason = null) =>
        Assert.Single((await scenario.Client.SetStaffStatusAsync(new()
        {
            SdkAppId = scenario.App, StaffStatusList = [new() { StaffUserId = mail, Status = status, Reason = reason }],
        }, Cancellation)).StaffStatusList);
}
