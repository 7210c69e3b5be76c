using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.ClientScenarios;

/// <summary>A backend sets up its queues: create, list, update and delete skill groups through the client.</summary>
public sealed class SkillGroupScenarioTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private Task<TenantBackend> ConnectAsync() => TenantBackend.ConnectAsync(fixture.Host);

    [Theory]
    [InlineData(0, "TEL")]
    [InlineData(1, "IM")]
    [InlineData(3, "TEL")]
    [InlineData(4, "ALL")]
    public async Task Each_skill_group_type_is_created_and_described_with_its_defaults(long type, string label)
    {
        using var backend = await ConnectAsync();
        var before = Now;

        var id = await backend.CreateSkillGroupAsync("Queue", type);

        var group = await backend.DescribeSkillGroupAsync(id);
        Assert.NotNull(group);
        Assert.Equal(("Queue", type, label, 1L, false), (group.SkillGroupName, group.SkillGroupType, group.Type, group.MaxConcurrency, group.RingAll));
        Assert.InRange(group.LastModifyTimestamp ?? 0, before, Now);

        await backend.CreateAgentsAsync(TenantBackend.Agent("member@example.com", "Queue"));
        Assert.Equal([(id, "Queue", 3L, label)], await backend.SkillGroupsOfAsync("member@example.com"));
    }

    [Theory]
    [InlineData(0, 1, null)]
    [InlineData(0, 2, "InvalidParameterValue")]
    [InlineData(3, 2, "InvalidParameterValue")]
    [InlineData(4, 2, "InvalidParameterValue")]
    [InlineData(1, 5, null)]
    [InlineData(1, 100, null)]
    [InlineData(1, 101, "InvalidParameterValue")]
    [InlineData(1, 0, "InvalidParameterValue")]
    [InlineData(2, 1, "InvalidParameterValue")]
    public async Task Only_online_chat_groups_take_several_sessions_per_agent(long type, long maxConcurrency, string? code)
    {
        using var backend = await ConnectAsync();
        var create = () => backend.CreateSkillGroupAsync("Queue", type, maxConcurrency);

        if (code is null)
        {
            Assert.Equal(maxConcurrency, (await backend.DescribeSkillGroupAsync(await create()))?.MaxConcurrency);
            return;
        }
        await ApiError.ExpectAsync(code, create);
        var list = await backend.Client.DescribeSkillGroupInfoListAsync(new() { SdkAppId = backend.App, PageSize = 10, PageNumber = 0 }, Cancellation);
        Assert.Equal(0, list.TotalCount);
    }

    [Fact]
    public async Task Ring_all_groups_allow_at_most_two_sessions_per_agent()
    {
        using var backend = await ConnectAsync();
        var chat = await backend.CreateSkillGroupAsync("Chat", type: 1, maxConcurrency: 5);
        var phone = await backend.CreateSkillGroupAsync("Phone");
        Task Update(long id, bool? ringAll, long? maxConcurrency) => backend.Client.UpdateCCCSkillGroupAsync(
            new UpdateCCCSkillGroupRequest { SdkAppId = backend.App, SkillGroupID = id, RingAll = ringAll, MaxConcurrency = maxConcurrency }, Cancellation);
        async Task<(bool?, long?)> Mode(long id) => await backend.DescribeSkillGroupAsync(id) is { } g ? (g.RingAll, g.MaxConcurrency) : default;

        // Switching ring-all on keeps the current concurrency, which is too high for it.
        await ApiError.ExpectAsync("InvalidParameterValue", () => Update(chat, ringAll: true, maxConcurrency: null));
        Assert.Equal((false, 5L), await Mode(chat));

        await Update(chat, ringAll: true, maxConcurrency: 2);
        Assert.Equal((true, 2L), await Mode(chat));

        await ApiError.ExpectAsync("InvalidParameterValue", () => Update(chat, ringAll: null, maxConcurrency: 3));
        await Update(chat, ringAll: false, maxConcurrency: 3);
        Assert.Equal((false, 3L), await Mode(chat));

        await Update(phone, ringAll: true, maxConcurrency: null);
        Assert.Equal((true, 1L), await Mode(phone));
        await ApiError.ExpectAsync("InvalidParameterValue", () => Update(phone, ringAll: null, maxConcurrency: 2));
    }

    [Fact]
    public async Task A_rename_shows_up_in_every_member_agents_skill_group_list()
    {
        using var backend = await ConnectAsync();
        var sales = await backend.CreateSkillGroupAsync("Sales");
        var support = await backend.CreateSkillGroupAsync("Support");
        await backend.CreateAgentsAsync(
            TenantBackend.Agent("ann@example.com", "Sales", "Support"),
            TenantBackend.Agent("bob@example.com", "Sales"),
            TenantBackend.Agent("cid@example.com", "Support"));

        await backend.Client.UpdateCCCSkillGroupAsync(new() { SdkAppId = backend.App, SkillGroupID = sales, SkillGroupName = "Sales EMEA" }, Cancellation);

        Assert.Equal([(sales, "Sales EMEA", 3L, "TEL"), (support, "Support", 3L, "TEL")], await backend.SkillGroupsOfAsync("ann@example.com"));
        Assert.Equal([(sales, "Sales EMEA", 3L, "TEL")], await backend.SkillGroupsOfAsync("bob@example.com"));
        Assert.Equal([(support, "Support", 3L, "TEL")], await backend.SkillGroupsOfAsync("cid@example.com"));
        Assert.Equal("Sales EMEA", (await backend.DescribeSkillGroupAsync(sales))?.SkillGroupName);
    }

    [Fact]
    public async Task Names_are_unique_per_application_on_create_and_on_rename()
    {
        using var backend = await ConnectAsync();
        using var neighbour = await ConnectAsync();
        var sales = await backend.CreateSkillGroupAsync("Sales");
        await backend.CreateSkillGroupAsync("Support");

        await ApiError.ExpectAsync("InvalidParameterValue.SkillGroupExist", () => backend.CreateSkillGroupAsync("Sales", type: 1));
        await ApiError.ExpectAsync("InvalidParameterValue.SkillGroupExist", () => backend.Client.UpdateCCCSkillGroupAsync(
            new() { SdkAppId = backend.App, SkillGroupID = sales, SkillGroupName = "Support" }, Cancellation));
        Assert.Equal("Sales", (await backend.DescribeSkillGroupAsync(sales))?.SkillGroupName);

        // Another tenant's names are none of our business.
        await neighbour.CreateSkillGroupAsync("Sales");
    }

    [Fact]
    public async Task Pages_count_from_zero_and_filters_narrow_the_list()
    {
        using var backend = await ConnectAsync();
        var ids = new long[5];
        for (var i = 0; i < ids.Length; i++)
            ids[i] = await backend.CreateSkillGroupAsync($"g{i}");
        async Task<(long Total, string Ids)> List(DescribeSkillGroupInfoListRequest request)
        {
            var page = await backend.Client.DescribeSkillGroupInfoListAsync(request, Cancellation);
            return (page.TotalCount, Ids(page.SkillGroupList.Select(g => g.SkillGroupId)));
        }
        static string Ids(IEnumerable<long> ids) => string.Join(',', ids);
        DescribeSkillGroupInfoListRequest Page(long number, long size = 2) => new() { SdkAppId = backend.App, PageNumber = number, PageSize = size };

        Assert.Equal((5L, Ids(ids[0..2])), await List(Page(0)));
        Assert.Equal((5L, Ids(ids[2..4])), await List(Page(1)));
        Assert.Equal((5L, Ids(ids[4..])), await List(Page(2)));
        Assert.Equal((5L, ""), await List(Page(3)));
        Assert.Equal((1L, Ids([ids[3]])), await List(Page(0) with { SkillGroupName = "g3" }));
        Assert.Equal((0L, ""), await List(Page(0) with { SkillGroupName = "g9" }));
        Assert.Equal((1L, Ids([ids[1]])), await List(Page(0) with { SkillGroupId = ids[1] }));
        Assert.Equal((5L, Ids(ids[0..2])), await List(Page(0) with { ModifiedTime = Now - 60 }));
        Assert.Equal((0L, ""), await List(Page(0) with { ModifiedTime = Now + 60 }));

        await ApiError.ExpectAsync("InvalidParameterValue", () => List(Page(0, size: 101)));
        await ApiError.ExpectAsync("InvalidParameterValue", () => List(Page(0, size: 0)));
        await ApiError.ExpectAsync("InvalidParameterValue", () => List(Page(-1)));
    }

    [Fact]
    public async Task A_group_with_members_is_kept_until_they_leave()
    {
        using var backend = await ConnectAsync();
        var sales = await backend.CreateSkillGroupAsync("Sales");
        var empty = await backend.CreateSkillGroupAsync("Empty");
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com", "Sales"), TenantBackend.Agent("bob@example.com", "Sales"));
        Task Delete(long id) => backend.Client.DeleteCCCSkillGroupAsync(new() { SdkAppId = backend.App, SkillGroupId = id }, Cancellation);

        await Delete(empty);
        Assert.Null(await backend.DescribeSkillGroupAsync(empty));

        var refused = await ApiError.ExpectAsync("ResourceUnavailable", () => Delete(sales));
        Assert.Contains("2 agent(s)", refused.Message);
        Assert.NotNull(await backend.DescribeSkillGroupAsync(sales));
        Assert.Single(await backend.SkillGroupsOfAsync("ann@example.com"));

        await backend.Client.UnbindStaffSkillGroupListAsync(new() { SdkAppId = backend.App, StaffEmail = "ann@example.com", SkillGroupList = [sales] }, Cancellation);
        await backend.Client.ModifyStaffAsync(new() { SdkAppId = backend.App, Email = "bob@example.com", SkillGroupIds = [] }, Cancellation);
        await Delete(sales);

        Assert.Null(await backend.DescribeSkillGroupAsync(sales));
        Assert.Equal(2, (await backend.DescribeAgentsAsync()).Count);
        await ApiError.ExpectAsync("InvalidParameterValue.SkillGroupError", () => Delete(sales));
    }
}
