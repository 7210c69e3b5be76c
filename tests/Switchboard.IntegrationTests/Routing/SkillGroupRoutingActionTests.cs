using Switchboard.Chat;
using Switchboard.Client;
using Switchboard.IntegrationTests.Chat.Desk;

namespace Switchboard.IntegrationTests.Routing;

/// <summary>ModifySkillGroupRouting / DescribeSkillGroupRouting through the typed client, and their effect on a live desk.</summary>
public sealed class SkillGroupRoutingActionTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Describe_answers_the_defaults_and_modify_changes_only_what_it_names()
    {
        var (chat, group) = await ChatScenario.StartAsync(agents: "ann@example.com");
        await using var _ = chat;
        var client = chat.Presence.Client;

        var before = (await client.DescribeSkillGroupRoutingAsync(new() { SdkAppId = chat.App, SkillGroupId = group }, Cancellation)).Routing!;
        Assert.Equal(RoutePolicyLongestIdle, before.RoutePolicy);
        Assert.Equal(10, before.RingTimeoutSeconds);
        Assert.Equal(5, before.AfterCallWorkSeconds);
        Assert.Equal(0, before.OverflowSkillGroupId);

        var after = (await client.ModifySkillGroupRoutingAsync(new()
        {
            SdkAppId = chat.App,
            Routing = new() { SkillGroupId = group, RoutePolicy = "ROUTE_POLICY_AGENT_PRIORITY", RingTimeoutSeconds = 3 },
        }, Cancellation)).Routing!;
        Assert.Equal("ROUTE_POLICY_AGENT_PRIORITY", after.RoutePolicy);
        Assert.Equal(3, after.RingTimeoutSeconds);
        Assert.Equal(5, after.AfterCallWorkSeconds);
        var listed = await chat.Presence.Backend.DescribeSkillGroupAsync(group);
        Assert.Equal("ROUTE_POLICY_AGENT_PRIORITY", listed!.RoutePolicy);
    }

    [Fact]
    public async Task A_change_applies_to_the_next_offer_of_a_desk_already_running()
    {
        var (chat, group) = await ChatScenario.StartAsync(agents: "ann@example.com");
        await using var _ = chat;
        await chat.LogInAsync("ann@example.com");
        var first = await chat.StartAsync("v-1", group);
        await chat.Desk.EndByVisitorAsync(chat.Visitor("v-1"), first.SessionId);

        await chat.Presence.Client.ModifySkillGroupRoutingAsync(new() { SdkAppId = chat.App, Routing = new() { SkillGroupId = group, RingTimeoutSeconds = 4 } }, Cancellation);
        var second = await chat.StartAsync("v-2", group);

        await chat.RingsAsync("ann@example.com", second.SessionId, "the second offer");
        var offer = (ChatOffer)chat.Notifiers.EventsOf("ann@example.com").Last(e => e.Event == "callIn").Payload;
        Assert.Equal(4, offer.Timeout);
    }

    [Theory]
    [InlineData("RoutePolicy", "InvalidParameterValue")]
    [InlineData("RingTimeoutSeconds", "InvalidParameterValue")]
    [InlineData("OverflowSelf", "InvalidParameterValue")]
    [InlineData("OverflowOtherType", "InvalidParameterValue")]
    [InlineData("OverflowMissing", "InvalidParameterValue.SkillGroupError")]
    [InlineData("MissingGroup", "InvalidParameterValue.SkillGroupError")]
    public async Task Bad_settings_are_refused_with_the_field_named_and_nothing_changes(string bad, string code)
    {
        var (chat, group) = await ChatScenario.StartAsync(agents: "ann@example.com");
        await using var _ = chat;
        var phone = await chat.Presence.Backend.CreateSkillGroupAsync("Phone", type: 0);
        var routing = bad switch
        {
            "RoutePolicy" => new SkillGroupRoutingInfo { SkillGroupId = group, RoutePolicy = "ROUTE_POLICY_RANDOM" },
            "RingTimeoutSeconds" => new SkillGroupRoutingInfo { SkillGroupId = group, RingTimeoutSeconds = 0 },
            "OverflowSelf" => new SkillGroupRoutingInfo { SkillGroupId = group, OverflowSkillGroupId = group },
            "OverflowOtherType" => new SkillGroupRoutingInfo { SkillGroupId = group, OverflowSkillGroupId = phone },
            "OverflowMissing" => new SkillGroupRoutingInfo { SkillGroupId = group, OverflowSkillGroupId = 987654 },
            _ => new SkillGroupRoutingInfo { SkillGroupId = 987654, RingTimeoutSeconds = 5 },
        };

        var error = await Assert.ThrowsAsync<CccException>(() =>
            chat.Presence.Client.ModifySkillGroupRoutingAsync(new() { SdkAppId = chat.App, Routing = routing with { AfterCallWorkSeconds = 1 } }, Cancellation));

        Assert.Equal(code, error.Code);
        var now = (await chat.Presence.Client.DescribeSkillGroupRoutingAsync(new() { SdkAppId = chat.App, SkillGroupId = group }, Cancellation)).Routing!;
        Assert.Equal(5, now.AfterCallWorkSeconds);
    }

    private const string RoutePolicyLongestIdle = "ROUTE_POLICY_LONGEST_IDLE";
}
