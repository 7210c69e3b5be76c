using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.IntegrationTests.Staff;

public sealed class DescribeStaffInfoListTests
{
    private const long App = StaffActionHost.App;

    [Fact]
    public async Task Pages_count_from_zero_in_creation_order_with_the_total()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "e@example.com", "d@example.com", "c@example.com", "b@example.com", "a@example.com");
        await host.CreateAgentsAsync(StaffActionHost.OtherApp, "other@example.com");

        var pages = new List<DescribeStaffInfoListResponse>();
        for (var page = 0; page < 4; page++)
            pages.Add(await host.CallAsync<DescribeStaffInfoListResponse>(new DescribeStaffInfoListRequest { SdkAppId = App, PageSize = 2, PageNumber = page }));

        Assert.All(pages, p => Assert.Equal(5, p.TotalCount));
        Assert.Equal(
            [["e@example.com", "d@example.com"], ["c@example.com", "b@example.com"], ["a@example.com"], []],
            pages.Select(p => p.StaffList.Select(s => s.Mail!).ToArray()));
    }

    [Fact]
    public async Task Filters_by_mail_modification_time_and_skill_group()
    {
        await using var host = await StaffActionHost.StartAsync();
        var sales = await host.CreateSkillGroupAsync("sales");
        await host.CreateAgentsAsync(App, "old@example.com", "Member@example.com");
        var before = host.Now;
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.CreateAgentsAsync(App, "new@example.com");
        await host.CallAsync<BindStaffSkillGroupListResponse>(new BindStaffSkillGroupListRequest
        {
            SdkAppId = App, StaffEmail = "member@example.com", StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = sales, Priority = 1 }],
        });

        async Task<string[]> Mails(DescribeStaffInfoListRequest request) =>
            (await host.CallAsync<DescribeStaffInfoListResponse>(request)).StaffList.Select(s => s.Mail!).ToArray();
        var all = new DescribeStaffInfoListRequest { SdkAppId = App, PageSize = 100, PageNumber = 0 };

        Assert.Equal(["Member@example.com"], await Mails(all with { StaffMail = "MEMBER@EXAMPLE.COM" }));
        Assert.Equal(["Member@example.com", "new@example.com"], await Mails(all with { ModifiedTime = before + 1 }));
        Assert.Equal(["old@example.com", "Member@example.com", "new@example.com"], await Mails(all with { ModifiedTime = before }));
        Assert.Equal(["Member@example.com"], await Mails(all with { SkillGroupId = sales }));
        Assert.Equal(["old@example.com", "Member@example.com", "new@example.com"], await Mails(all with { StaffMail = "" }));
        Assert.Empty(await Mails(all with { SkillGroupId = sales + 1000 }));
    }

    [Fact]
    public async Task Agents_of_two_applications_created_in_turn_each_list_only_their_own_groups()
    {
        await using var host = await StaffActionHost.StartAsync();
        var ours = await host.CreateSkillGroupAsync("ours");
        await host.CreateSkillGroupAsync("theirs", app: StaffActionHost.OtherApp);
        for (var i = 0; i < 4; i++)
        {
            await CreateMemberAsync(host, App, $"ours{i}@example.com", "ours");
            await CreateMemberAsync(host, StaffActionHost.OtherApp, $"theirs{i}@example.com", "theirs");
        }

        var page = await host.CallAsync<DescribeStaffInfoListResponse>(new DescribeStaffInfoListRequest { SdkAppId = App, PageSize = 10, PageNumber = 0 });

        Assert.Equal(4, page.StaffList.Count);
        Assert.All(page.StaffList, agent => Assert.Equal([ours], agent.SkillGroupList!.Select(g => g.SkillGroupId)));
    }

    [Fact]
    public async Task A_filtered_page_of_agents_far_apart_gives_each_agent_its_own_groups()
    {
        await using var host = await StaffActionHost.StartAsync();
        var (first, last) = (await host.CreateSkillGroupAsync("first"), await host.CreateSkillGroupAsync("last"));
        await host.CreateAgentsAsync(App, Enumerable.Range(0, 10).Select(i => $"agent{i}@example.com").ToArray());
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "agent0@example.com", SkillGroupIds = [first] });
        await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "agent9@example.com", SkillGroupIds = [first, last] });

        var page = await host.CallAsync<DescribeStaffInfoListResponse>(new DescribeStaffInfoListRequest { SdkAppId = App, PageSize = 10, PageNumber = 0, ModifiedTime = host.Now });

        Assert.Equal(
            [("agent0@example.com", new[] { first }), ("agent9@example.com", new[] { first, last })],
            page.StaffList.Select(a => (a.Mail!, a.SkillGroupList!.Select(g => g.SkillGroupId).ToArray())));
    }

    private static async Task CreateMemberAsync(StaffActionHost host, long app, string mail, string skillGroup)
    {
        var created = await host.CallAsync<CreateStaffResponse>(new CreateStaffRequest
        {
            SdkAppId = app, Staffs = [new SeatUserInfo { Name = mail, Mail = mail, StaffNumber = "1", SkillGroupNameList = [skillGroup] }],
        });
        Assert.Empty(created.ErrorStaffList);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10000, 0)]
    [InlineData(10, -1)]
    public async Task Paging_out_of_range_is_an_invalid_value(long pageSize, long pageNumber)
    {
        await using var host = await StaffActionHost.StartAsync();
        var error = await host.FailAsync(new DescribeStaffInfoListRequest { SdkAppId = App, PageSize = pageSize, PageNumber = pageNumber });
        Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
    }

    [Fact]
    public async Task The_largest_page_and_a_page_far_beyond_the_end_both_work()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a@example.com");
        var largest = await host.CallAsync<DescribeStaffInfoListResponse>(new DescribeStaffInfoListRequest { SdkAppId = App, PageSize = 9999, PageNumber = 0 });
        var beyond = await host.CallAsync<DescribeStaffInfoListResponse>(new DescribeStaffInfoListRequest { SdkAppId = App, PageSize = 9999, PageNumber = long.MaxValue });
        Assert.Single(largest.StaffList);
        Assert.Equal((1L, 0), (beyond.TotalCount, beyond.StaffList.Count));
    }

    [Fact]
    public async Task Absent_profile_fields_read_as_empty_strings_and_roles_fill_the_deprecated_twins()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "plain@example.com");
        var agent = await host.DescribeAgentAsync("plain@example.com");
        Assert.Equal(("", "", ""), (agent.Phone, agent.Nick, agent.ExtensionNumber));
        Assert.Equal((3L, 3L), (agent.RoleId, agent.RoleIdList));
        Assert.Null(agent.ForwardingConfig);
    }
}
