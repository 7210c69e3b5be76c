using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.IntegrationTests.Staff;

public sealed class SkillGroupActionTests
{
    private const long App = StaffActionHost.App;

    [Fact]
    public async Task Created_groups_are_described_in_creation_order_with_their_settings()
    {
        await using var host = await StaffActionHost.StartAsync();
        var phone = await host.CreateSkillGroupAsync("phone");
        var chat = (await host.CallAsync<CreateCCCSkillGroupResponse>(new CreateCCCSkillGroupRequest
        {
            SdkAppId = App, SkillGroupName = "chat", SkillGroupType = 1, MaxConcurrency = 5,
        })).SkillGroupId;
        await host.CreateSkillGroupAsync("elsewhere", app: StaffActionHost.OtherApp);

        var list = await host.CallAsync<DescribeSkillGroupInfoListResponse>(new DescribeSkillGroupInfoListRequest { SdkAppId = App, PageSize = 100, PageNumber = 0 });

        Assert.Equal(2, list.TotalCount);
        Assert.Equal(
            [
                new SkillGroupInfoItem { SkillGroupId = phone, SkillGroupName = "phone", Type = "TEL", RoutePolicy = "ROUTE_POLICY_LONGEST_IDLE", UsingLastSeat = 0,
                    MaxConcurrency = 1, LastModifyTimestamp = host.Now, SkillGroupType = 0, Alias = "", RingAll = false },
                new SkillGroupInfoItem { SkillGroupId = chat, SkillGroupName = "chat", Type = "IM", RoutePolicy = "ROUTE_POLICY_LONGEST_IDLE", UsingLastSeat = 0,
                    MaxConcurrency = 5, LastModifyTimestamp = host.Now, SkillGroupType = 1, Alias = "", RingAll = false },
            ],
            list.SkillGroupList);
    }

    [Fact]
    public async Task Describe_pages_and_filters()
    {
        await using var host = await StaffActionHost.StartAsync();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await host.CreateSkillGroupAsync($"g{i}"));
            host.Clock.Advance(TimeSpan.FromSeconds(10));
        }

        async Task<long[]> Ids(DescribeSkillGroupInfoListRequest request) =>
            (await host.CallAsync<DescribeSkillGroupInfoListResponse>(request)).SkillGroupList.Select(g => g.SkillGroupId).ToArray();
        var all = new DescribeSkillGroupInfoListRequest { SdkAppId = App, PageSize = 2, PageNumber = 0 };

        Assert.Equal(ids[2..4], await Ids(all with { PageNumber = 1 }));
        Assert.Equal(ids[3..], await Ids(all with { PageSize = 100, ModifiedTime = host.Now - 20 }));
        Assert.Equal([ids[1]], await Ids(all with { SkillGroupId = ids[1] }));
        Assert.Equal([ids[4]], await Ids(all with { SkillGroupName = "g4" }));
        Assert.Empty(await Ids(all with { SkillGroupName = "G4" }));
    }

    public static TheoryData<CreateCCCSkillGroupRequest, string, string> BadGroups => new()
    {
        { new() { SdkAppId = App, SkillGroupName = "taken", SkillGroupType = 1 }, ErrorCodes.SkillGroupExist, "taken" },
        { new() { SdkAppId = App, SkillGroupName = "", SkillGroupType = 0 }, ErrorCodes.InvalidParameterValue, "SkillGroupName" },
        { new() { SdkAppId = App, SkillGroupName = new string('x', 201), SkillGroupType = 0 }, ErrorCodes.InvalidParameterValue, "SkillGroupName" },
        { new() { SdkAppId = App, SkillGroupName = "fax", SkillGroupType = 2 }, ErrorCodes.InvalidParameterValue, "SkillGroupType" },
        { new() { SdkAppId = App, SkillGroupName = "busy phone", SkillGroupType = 0, MaxConcurrency = 2 }, ErrorCodes.InvalidParameterValue, "MaxConcurrency" },
        { new() { SdkAppId = App, SkillGroupName = "idle chat", SkillGroupType = 1, MaxConcurrency = 0 }, ErrorCodes.InvalidParameterValue, "MaxConcurrency" },
    };

    [Theory]
    [MemberData(nameof(BadGroups))]
    public async Task Bad_groups_are_refused(CreateCCCSkillGroupRequest request, string code, string inMessage)
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateSkillGroupAsync("taken");
        var error = await host.FailAsync(request);
        Assert.Equal(code, error.Code);
        Assert.Contains(inMessage, error.Message);
        Assert.Equal(1, await host.WithDbAsync(db => db.SkillGroups.CountAsync()));
    }

    [Fact]
    public async Task The_same_name_is_free_in_another_application() =>
        await WithHost(async host =>
        {
            await host.CreateSkillGroupAsync("sales");
            await host.CreateSkillGroupAsync("sales", app: StaffActionHost.OtherApp);
        });

    [Fact]
    public async Task Update_renames_and_changes_ringing_and_touches_the_members()
    {
        await using var host = await StaffActionHost.StartAsync();
        var group = await host.CreateSkillGroupAsync("chat", type: 1);
        await host.CreateAgentsAsync(App, "member@example.com", "outsider@example.com");
        await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "member@example.com", SkillGroupIds = [group] });
        var createdAt = host.Now;
        host.Clock.Advance(TimeSpan.FromMinutes(3));

        await host.CallAsync<UpdateCCCSkillGroupResponse>(new UpdateCCCSkillGroupRequest { SdkAppId = App, SkillGroupID = group, SkillGroupName = "web chat", RingAll = true, MaxConcurrency = 2 });

        var item = Assert.Single((await host.CallAsync<DescribeSkillGroupInfoListResponse>(new DescribeSkillGroupInfoListRequest { SdkAppId = App, PageSize = 1, PageNumber = 0 })).SkillGroupList);
        Assert.Equal(("web chat", true, 2L, host.Now), (item.SkillGroupName, item.RingAll, item.MaxConcurrency, item.LastModifyTimestamp));
        var member = await host.DescribeAgentAsync("member@example.com");
        Assert.Equal(("web chat", host.Now), (Assert.Single(member.SkillGroupList!).SkillGroupName, member.LastModifyTimestamp));
        Assert.Equal(createdAt, (await host.DescribeAgentAsync("outsider@example.com")).LastModifyTimestamp);
    }

    public static TheoryData<UpdateCCCSkillGroupRequest, string, string> BadUpdates => new()
    {
        { Update() with { SkillGroupName = "other" }, ErrorCodes.SkillGroupExist, "other" },
        { Update() with { SkillGroupName = " " }, ErrorCodes.InvalidParameterValue, "SkillGroupName" },
        { Update() with { MaxConcurrency = 3, RingAll = true }, ErrorCodes.InvalidParameterValue, "ring-all" },
        { Update() with { RingAll = true }, ErrorCodes.InvalidParameterValue, "ring-all" }, // the stored concurrency of 4 is too high for ring-all
        { Update() with { SkillGroupID = 999 }, ErrorCodes.SkillGroupError, "999" },
    };

    [Theory]
    [MemberData(nameof(BadUpdates))]
    public async Task Bad_updates_change_nothing(UpdateCCCSkillGroupRequest request, string code, string inMessage)
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CallAsync<CreateCCCSkillGroupResponse>(new CreateCCCSkillGroupRequest { SdkAppId = App, SkillGroupName = "chat", SkillGroupType = 1, MaxConcurrency = 4 });
        await host.CreateSkillGroupAsync("other");
        var before = await host.WithDbAsync(db => db.SkillGroups.AsNoTracking().OrderBy(g => g.Id).Select(g => new { g.Name, g.RingAll, g.MaxConcurrency, g.LastModifyTimestamp }).ToListAsync());
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        var error = await host.FailAsync(request);

        Assert.Equal(code, error.Code);
        Assert.Contains(inMessage, error.Message);
        Assert.Equal(before, await host.WithDbAsync(db => db.SkillGroups.AsNoTracking().OrderBy(g => g.Id).Select(g => new { g.Name, g.RingAll, g.MaxConcurrency, g.LastModifyTimestamp }).ToListAsync()));
    }

    [Fact]
    public async Task Delete_removes_an_empty_group_and_refuses_one_with_members()
    {
        await using var host = await StaffActionHost.StartAsync();
        var (empty, staffed) = (await host.CreateSkillGroupAsync("empty"), await host.CreateSkillGroupAsync("staffed"));
        await host.CreateAgentsAsync(App, "a@example.com");
        await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "a@example.com", SkillGroupIds = [staffed] });

        await host.CallAsync<DeleteCCCSkillGroupResponse>(new DeleteCCCSkillGroupRequest { SdkAppId = App, SkillGroupId = empty });
        var refused = await host.FailAsync(new DeleteCCCSkillGroupRequest { SdkAppId = App, SkillGroupId = staffed });
        var again = await host.FailAsync(new DeleteCCCSkillGroupRequest { SdkAppId = App, SkillGroupId = empty });

        Assert.Equal((ErrorCodes.ResourceUnavailable, ErrorCodes.SkillGroupError), (refused.Code, again.Code));
        Assert.Contains("1 agent(s)", refused.Message);
        Assert.Equal(["staffed"], await host.WithDbAsync(db => db.SkillGroups.Select(g => g.Name).ToListAsync()));
        Assert.Single((await host.DescribeAgentAsync("a@example.com")).SkillGroupList!);
    }

    [Fact]
    public async Task Another_applications_group_is_invisible()
    {
        await using var host = await StaffActionHost.StartAsync();
        var foreign = await host.CreateSkillGroupAsync("theirs", app: StaffActionHost.OtherApp);
        var update = await host.FailAsync(new UpdateCCCSkillGroupRequest { SdkAppId = App, SkillGroupID = foreign, SkillGroupName = "mine" });
        var delete = await host.FailAsync(new DeleteCCCSkillGroupRequest { SdkAppId = App, SkillGroupId = foreign });
        var described = await host.CallAsync<DescribeSkillGroupInfoListResponse>(new DescribeSkillGroupInfoListRequest { SdkAppId = App, PageSize = 10, PageNumber = 0, SkillGroupId = foreign });
        Assert.Equal((ErrorCodes.SkillGroupError, ErrorCodes.SkillGroupError, 0L), (update.Code, delete.Code, described.TotalCount));
        Assert.Equal(["theirs"], await host.WithDbAsync(db => db.SkillGroups.Select(g => g.Name).ToListAsync()));
    }

    [Theory]
    [InlineData(101, 0)]
    [InlineData(0, 0)]
    [InlineData(10, -1)]
    public async Task Describe_paging_out_of_range_is_refused(long pageSize, long pageNumber) =>
        await WithHost(async host =>
        {
            var error = await host.FailAsync(new DescribeSkillGroupInfoListRequest { SdkAppId = App, PageSize = pageSize, PageNumber = pageNumber });
            Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
        });

    private static UpdateCCCSkillGroupRequest Update() => new() { SdkAppId = App, SkillGroupID = 1 };

    private static async Task WithHost(Func<StaffActionHost, Task> test)
    {
        await using var host = await StaffActionHost.StartAsync();
        await test(host);
    }
}
