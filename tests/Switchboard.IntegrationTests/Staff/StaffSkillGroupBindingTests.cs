using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.IntegrationTests.Staff;

public sealed class StaffSkillGroupBindingTests
{
    private const long App = StaffActionHost.App;

    [Fact]
    public async Task Bind_adds_groups_rebinding_changes_priority_and_the_deprecated_list_uses_priority_3()
    {
        await using var host = await StaffActionHost.StartAsync();
        var (a, b, c) = (await host.CreateSkillGroupAsync("a"), await host.CreateSkillGroupAsync("b", type: 1), await host.CreateSkillGroupAsync("c", type: 4));
        await host.CreateAgentsAsync(App, "agent@example.com");

        await host.CallAsync<BindStaffSkillGroupListResponse>(new BindStaffSkillGroupListRequest
        {
            SdkAppId = App, StaffEmail = "agent@example.com", StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = a, Priority = 2 }],
        });
        host.Clock.Advance(TimeSpan.FromSeconds(10));
        await host.CallAsync<BindStaffSkillGroupListResponse>(new BindStaffSkillGroupListRequest
        {
            SdkAppId = App, StaffEmail = "AGENT@example.com",
            StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = a, Priority = 5 }, new StaffSkillGroupList { SkillGroupId = b }],
            SkillGroupList = [c, a],
        });

        var agent = await host.DescribeAgentAsync("agent@example.com");
        Assert.Equal([(a, 5L, "TEL"), (b, 3L, "IM"), (c, 3L, "ALL")], agent.SkillGroupList!.Select(g => (g.SkillGroupId, g.Priority, g.Type!)));
        Assert.Equal(host.Now, agent.LastModifyTimestamp);
    }

    [Fact]
    public async Task Unbind_removes_only_the_listed_groups_and_skips_groups_the_agent_is_not_in()
    {
        await using var host = await StaffActionHost.StartAsync();
        var (a, b, c) = (await host.CreateSkillGroupAsync("a"), await host.CreateSkillGroupAsync("b"), await host.CreateSkillGroupAsync("c"));
        await host.CreateAgentsAsync(App, "agent@example.com");
        await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "agent@example.com", SkillGroupIds = [a, b] });

        await host.CallAsync<UnbindStaffSkillGroupListResponse>(new UnbindStaffSkillGroupListRequest { SdkAppId = App, StaffEmail = "agent@example.com", SkillGroupList = [a, c] });

        Assert.Equal([b], (await host.DescribeAgentAsync("agent@example.com")).SkillGroupList!.Select(g => g.SkillGroupId));
    }

    public static TheoryData<object, string, string> BadBindings => new()
    {
        { new BindStaffSkillGroupListRequest { SdkAppId = App, StaffEmail = "ghost@example.com", StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = 1 }] },
            ErrorCodes.AccountNotExist, "ghost@example.com" },
        { new BindStaffSkillGroupListRequest { SdkAppId = App, StaffEmail = "agent@example.com", StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = 1, Priority = 6 }] },
            ErrorCodes.InvalidParameterValue, "StaffSkillGroupList.0.Priority" },
        { new BindStaffSkillGroupListRequest { SdkAppId = App, StaffEmail = "agent@example.com", StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = 1 }, new StaffSkillGroupList { SkillGroupId = 999 }] },
            ErrorCodes.SkillGroupError, "999" },
        { new BindStaffSkillGroupListRequest { SdkAppId = App, StaffEmail = "agent@example.com", StaffSkillGroupList = [] },
            ErrorCodes.InvalidParameterValue, "StaffSkillGroupList" },
        { new BindStaffSkillGroupListRequest { SdkAppId = App, StaffEmail = "agent@example.com", StaffSkillGroupList = Enumerable.Range(1, 101).Select(i => new StaffSkillGroupList { SkillGroupId = i }).ToList() },
            ErrorCodes.InvalidParameterValue, "at most 100" },
        { new UnbindStaffSkillGroupListRequest { SdkAppId = App, StaffEmail = "agent@example.com", SkillGroupList = [] },
            ErrorCodes.InvalidParameterValue, "SkillGroupList" },
        { new UnbindStaffSkillGroupListRequest { SdkAppId = App, StaffEmail = "agent@example.com", SkillGroupList = [1, 999] },
            ErrorCodes.SkillGroupError, "999" },
        { new UnbindStaffSkillGroupListRequest { SdkAppId = App, StaffEmail = "ghost@example.com", SkillGroupList = [1] },
            ErrorCodes.AccountNotExist, "ghost@example.com" },
    };

    [Theory]
    [MemberData(nameof(BadBindings))]
    public async Task Bad_bindings_change_nothing(object request, string code, string inMessage)
    {
        await using var host = await StaffActionHost.StartAsync();
        var group = await host.CreateSkillGroupAsync("first");
        Assert.Equal(1, group); // the requests above refer to it by id
        await host.CreateAgentsAsync(App, "agent@example.com");
        await host.CallAsync<BindStaffSkillGroupListResponse>(new BindStaffSkillGroupListRequest
        {
            SdkAppId = App, StaffEmail = "agent@example.com", StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = group, Priority = 4 }],
        });
        var before = StaffActionHost.Json(await host.DescribeAgentAsync("agent@example.com"));
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        var error = await host.FailAsync(request);

        Assert.Equal(code, error.Code);
        Assert.Contains(inMessage, error.Message);
        Assert.Equal(before, StaffActionHost.Json(await host.DescribeAgentAsync("agent@example.com")));
    }

    [Fact]
    public async Task Another_applications_group_cannot_be_bound()
    {
        await using var host = await StaffActionHost.StartAsync();
        var foreign = await host.CreateSkillGroupAsync("theirs", app: StaffActionHost.OtherApp);
        await host.CreateAgentsAsync(App, "agent@example.com");
        var error = await host.FailAsync(new BindStaffSkillGroupListRequest
        {
            SdkAppId = App, StaffEmail = "agent@example.com", StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = foreign }],
        });
        Assert.Equal(ErrorCodes.SkillGroupError, error.Code);
    }
}
