using System.Text.Json;
using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.ClientScenarios;

/// <summary>A backend manages its agents through the client: create, list, modify, regroup and delete them.</summary>
public sealed class AgentScenarioTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private Task<TenantBackend> ConnectAsync() => TenantBackend.ConnectAsync(fixture.Host);

    private static string Json(StaffInfo agent) => JsonSerializer.Serialize(agent, CccJson.Options);

    [Fact]
    public async Task Agents_join_skill_groups_by_name_and_are_described_as_created()
    {
        using var backend = await ConnectAsync();
        var sales = await backend.CreateSkillGroupAsync("Sales");
        var chat = await backend.CreateSkillGroupAsync("Chat", type: 1);
        var before = Now;

        await backend.CreateAgentsAsync(
            new SeatUserInfo
            {
                Name = "Ann Lee", Mail = "Ann.Lee@Example.com", StaffNumber = "A-001", Phone = "008613800000001", Nick = "ann",
                ExtensionNumber = "1001", Role = 1, SkillGroupNameList = ["Sales", "Chat"],
            },
            new SeatUserInfo { Name = "Bob", Mail = "bob@example.com", StaffNumber = "B-002" });

        var ann = await backend.DescribeAgentAsync("ann.lee@example.com");
        Assert.Equal(("Ann Lee", "Ann.Lee@Example.com", "A-001", "008613800000001", "ann", "1001"),
            (ann.Name, ann.Mail, ann.StaffNumber, ann.Phone, ann.Nick, ann.ExtensionNumber));
        Assert.Equal((1L, 1L), (ann.RoleId, ann.RoleIdList));
        Assert.Equal([1L], ann.RoleList!);
        Assert.Equal([(sales, "Sales", 3L, "TEL"), (chat, "Chat", 3L, "IM")], await backend.SkillGroupsOfAsync("ann.lee@example.com"));
        Assert.InRange(ann.LastModifyTimestamp ?? 0, before, Now);

        var bob = await backend.DescribeAgentAsync("bob@example.com");
        Assert.Equal(("", "", "", 3L), (bob.Phone, bob.Nick, bob.ExtensionNumber, bob.RoleId));
        Assert.Equal([3L], bob.RoleList!);
        Assert.Empty(bob.SkillGroupList!);
        Assert.Null(bob.ForwardingConfig);
    }

    [Fact]
    public async Task Pages_count_from_zero_and_every_page_reports_the_total()
    {
        using var backend = await ConnectAsync();
        var mails = Enumerable.Range(0, 7).Select(i => $"agent{i}@example.com").ToArray();
        await backend.CreateAgentsAsync([.. mails.Select(m => TenantBackend.Agent(m))]);

        var seen = new List<string?>();
        for (var number = 0; number <= 3; number++)
        {
            var page = await backend.Client.DescribeStaffInfoListAsync(new() { SdkAppId = backend.App, PageSize = 3, PageNumber = number }, Cancellation);
            Assert.Equal(7, page.TotalCount);
            Assert.Equal(number switch { < 2 => 3, 2 => 1, _ => 0 }, page.StaffList.Count);
            seen.AddRange(page.StaffList.Select(a => a.Mail));
        }
        Assert.Equal(mails, seen);
        var far = await backend.Client.DescribeStaffInfoListAsync(new() { SdkAppId = backend.App, PageSize = 9999, PageNumber = 1_000_000_000_000 }, Cancellation);
        Assert.Equal((7L, 0), (far.TotalCount, far.StaffList.Count));

        await ApiError.ExpectAsync("InvalidParameterValue", () => backend.Client.DescribeStaffInfoListAsync(
            new() { SdkAppId = backend.App, PageSize = 10000, PageNumber = 0 }, Cancellation));
        await ApiError.ExpectAsync("InvalidParameterValue", () => backend.Client.DescribeStaffInfoListAsync(
            new() { SdkAppId = backend.App, PageSize = 10, PageNumber = -1 }, Cancellation));
    }

    [Theory]
    [InlineData("", "", "ann,bob,cid,dee")]
    [InlineData("BOB@Example.COM", "", "bob")]
    [InlineData("nobody@example.com", "", "")]
    [InlineData("", "Sales", "ann,cid")]
    [InlineData("", "Support", "bob")]
    [InlineData("ann@example.com", "Sales", "ann")]
    [InlineData("bob@example.com", "Sales", "")]
    public async Task Describe_narrows_by_mail_and_by_skill_group(string staffMail, string skillGroup, string expected)
    {
        using var backend = await ConnectAsync();
        var groups = new Dictionary<string, long>
        {
            ["Sales"] = await backend.CreateSkillGroupAsync("Sales"),
            ["Support"] = await backend.CreateSkillGroupAsync("Support"),
        };
        await backend.CreateAgentsAsync(
            TenantBackend.Agent("ann@example.com", "Sales"), TenantBackend.Agent("bob@example.com", "Support"),
            TenantBackend.Agent("cid@example.com", "Sales"), TenantBackend.Agent("dee@example.com"));

        var page = await backend.Client.DescribeStaffInfoListAsync(new()
        {
            SdkAppId = backend.App, PageSize = 10, PageNumber = 0,
            StaffMail = staffMail.Length == 0 ? null : staffMail,
            SkillGroupId = skillGroup.Length == 0 ? null : groups[skillGroup],
        }, Cancellation);

        var names = page.StaffList.Select(a => a.Mail![..a.Mail!.IndexOf('@')]);
        Assert.Equal(expected, string.Join(',', names));
        Assert.Equal(page.StaffList.Count, page.TotalCount);
    }

    [Fact]
    public async Task ModifyStaff_changes_only_the_fields_it_sends()
    {
        using var backend = await ConnectAsync();
        var sales = await backend.CreateSkillGroupAsync("Sales");
        await backend.CreateAgentsAsync(new SeatUserInfo
        {
            Name = "Ann", Mail = "ann@example.com", StaffNumber = "A-1", Phone = "008613800000001", Nick = "annie", SkillGroupNameList = ["Sales"],
        });
        Task Modify(ModifyStaffRequest request) => backend.Client.ModifyStaffAsync(request, Cancellation);
        var request = new ModifyStaffRequest { SdkAppId = backend.App, Email = "ANN@example.com" };

        await Modify(request with { Name = "Ann Smith" });
        var ann = await backend.DescribeAgentAsync("ann@example.com");
        Assert.Equal(("Ann Smith", "A-1", "008613800000001", "annie", ""), (ann.Name, ann.StaffNumber, ann.Phone, ann.Nick, ann.ExtensionNumber));
        Assert.Equal([(sales, "Sales", 3L, "TEL")], await backend.SkillGroupsOfAsync("ann@example.com"));

        await Modify(request with { StaffNo = "A-2", Phone = "008613800000002", Nick = "", ExtensionNumber = "2002", UseMobileAccept = 2, UseMobileCallOut = true });
        ann = await backend.DescribeAgentAsync("ann@example.com");
        Assert.Equal(("Ann Smith", "A-2", "008613800000002", "", "2002"), (ann.Name, ann.StaffNumber, ann.Phone, ann.Nick, ann.ExtensionNumber));

        await Modify(request with { Phone = "", ExtensionNumber = "" });
        ann = await backend.DescribeAgentAsync("ann@example.com");
        Assert.Equal(("", ""), (ann.Phone, ann.ExtensionNumber));
        Assert.Equal("ann@example.com", ann.Mail);
    }

    [Fact]
    public async Task SkillGroupIds_replaces_memberships_and_keeps_the_priority_of_groups_kept()
    {
        using var backend = await ConnectAsync();
        var a = await backend.CreateSkillGroupAsync("A");
        var b = await backend.CreateSkillGroupAsync("B");
        var c = await backend.CreateSkillGroupAsync("C", type: 1);
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com", "A", "B"));
        await backend.Client.BindStaffSkillGroupListAsync(new()
        {
            SdkAppId = backend.App, StaffEmail = "ann@example.com", StaffSkillGroupList = [new() { SkillGroupId = a, Priority = 1 }],
        }, Cancellation);

        await backend.Client.ModifyStaffAsync(new() { SdkAppId = backend.App, Email = "ann@example.com", SkillGroupIds = [c, a] }, Cancellation);
        Assert.Equal([(a, "A", 1L, "TEL"), (c, "C", 3L, "IM")], await backend.SkillGroupsOfAsync("ann@example.com"));

        await backend.Client.ModifyStaffAsync(new() { SdkAppId = backend.App, Email = "ann@example.com", SkillGroupIds = [] }, Cancellation);
        Assert.Empty(await backend.SkillGroupsOfAsync("ann@example.com"));
        Assert.Equal(0, (await backend.Client.DescribeStaffInfoListAsync(
            new() { SdkAppId = backend.App, PageSize = 10, PageNumber = 0, SkillGroupId = b }, Cancellation)).TotalCount);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 1)]
    public async Task ForwardingConfig_comes_back_as_it_was_set(long targetType, long condition)
    {
        using var backend = await ConnectAsync();
        var overflow = await backend.CreateSkillGroupAsync("Overflow");
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"), TenantBackend.Agent("bob@example.com"));
        var target = targetType switch
        {
            1 => new ForwardingTarget { Type = 1, StaffUserId = "bob@example.com" },
            2 => new ForwardingTarget { Type = 2, SkillGroupId = overflow },
            _ => new ForwardingTarget { Type = 3, Extension = "8001" },
        };
        var forwarding = new ForwardingConfig { Enabled = true, Condition = condition, Target = target };

        await backend.Client.ModifyStaffAsync(new() { SdkAppId = backend.App, Email = "ann@example.com", ForwardingConfig = forwarding }, Cancellation);
        Assert.Equal(forwarding, (await backend.DescribeAgentAsync("ann@example.com")).ForwardingConfig);

        var off = forwarding with { Enabled = false };
        await backend.Client.ModifyStaffAsync(new() { SdkAppId = backend.App, Email = "ann@example.com", ForwardingConfig = off }, Cancellation);
        Assert.Equal(off, (await backend.DescribeAgentAsync("ann@example.com")).ForwardingConfig);
        Assert.Null((await backend.DescribeAgentAsync("bob@example.com")).ForwardingConfig);
    }

    [Theory]
    [InlineData("forward to itself", "InvalidParameterValue")]
    [InlineData("forward to a stranger", "InvalidParameterValue.AccountNotExist")]
    [InlineData("forward without a target", "InvalidParameterValue")]
    [InlineData("unknown skill group", "InvalidParameterValue.SkillGroupError")]
    [InlineData("another agent's phone", "InvalidParameterValue.PhoneNumIsBoundOtherAccount")]
    [InlineData("another agent's extension", "InvalidParameterValue")]
    [InlineData("national phone format", "InvalidParameterValue")]
    [InlineData("mobile accept mode 3", "InvalidParameterValue")]
    [InlineData("unknown agent", "InvalidParameterValue.AccountNotExist")]
    public async Task A_refused_modification_leaves_the_agent_as_it_was(string mistake, string code)
    {
        using var backend = await ConnectAsync();
        await backend.CreateSkillGroupAsync("Sales");
        await backend.CreateAgentsAsync(
            new SeatUserInfo { Name = "Ann", Mail = "ann@example.com", StaffNumber = "1", Phone = "008613800000001", SkillGroupNameList = ["Sales"] },
            new SeatUserInfo { Name = "Bob", Mail = "bob@example.com", StaffNumber = "2", Phone = "008613800000002", ExtensionNumber = "2002" });
        var before = Json(await backend.DescribeAgentAsync("ann@example.com"));
        var request = new ModifyStaffRequest { SdkAppId = backend.App, Email = "ann@example.com", Name = "Changed", SkillGroupIds = [] };
        request = mistake switch
        {
            "forward to itself" => request with { ForwardingConfig = new() { Enabled = true, Target = new() { Type = 1, StaffUserId = "Ann@Example.com" } } },
            "forward to a stranger" => request with { ForwardingConfig = new() { Enabled = true, Target = new() { Type = 1, StaffUserId = "zed@example.com" } } },
            "forward without a target" => request with { ForwardingConfig = new() { Enabled = true, Condition = 1 } },
            "unknown skill group" => request with { SkillGroupIds = [987654321] },
            "another agent's phone" => request with { Phone = "008613800000002" },
            "another agent's extension" => request with { ExtensionNumber = "2002" },
            "national phone format" => request with { Phone = "13800000003" },
            "mobile accept mode 3" => request with { UseMobileAccept = 3 },
            _ => request with { Email = "zed@example.com" },
        };

        await ApiError.ExpectAsync(code, () => backend.Client.ModifyStaffAsync(request, Cancellation));

        Assert.Equal(before, Json(await backend.DescribeAgentAsync("ann@example.com")));
    }

    [Fact]
    public async Task Bind_adds_groups_with_priorities_and_unbind_removes_only_the_listed_ones()
    {
        using var backend = await ConnectAsync();
        var sales = await backend.CreateSkillGroupAsync("Sales");
        var support = await backend.CreateSkillGroupAsync("Support");
        var vip = await backend.CreateSkillGroupAsync("VIP");
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"));
        Task Bind(params StaffSkillGroupList[] groups) => backend.Client.BindStaffSkillGroupListAsync(
            new() { SdkAppId = backend.App, StaffEmail = "ann@example.com", StaffSkillGroupList = groups }, Cancellation);
        static StaffSkillGroupList In(long skillGroupId, long? priority = null) => new() { SkillGroupId = skillGroupId, Priority = priority };
        Task Unbind(params long[] groups) => backend.Client.UnbindStaffSkillGroupListAsync(
            new() { SdkAppId = backend.App, StaffEmail = "ann@example.com", SkillGroupList = groups }, Cancellation);

        await Bind(In(sales, 1), In(support));
        Assert.Equal([(sales, "Sales", 1L, "TEL"), (support, "Support", 3L, "TEL")], await backend.SkillGroupsOfAsync("ann@example.com"));

        // Binding again only changes the priority; the deprecated id list joins at the default priority.
        await Bind(In(support, 5));
        await backend.Client.BindStaffSkillGroupListAsync(
            new() { SdkAppId = backend.App, StaffEmail = "ann@example.com", StaffSkillGroupList = [], SkillGroupList = [vip] }, Cancellation);
        Assert.Equal([(sales, "Sales", 1L, "TEL"), (support, "Support", 5L, "TEL"), (vip, "VIP", 3L, "TEL")],
            await backend.SkillGroupsOfAsync("ann@example.com"));

        await Unbind(sales, vip);
        await Unbind(sales);
        Assert.Equal([(support, "Support", 5L, "TEL")], await backend.SkillGroupsOfAsync("ann@example.com"));

        await ApiError.ExpectAsync("InvalidParameterValue", () => Bind(In(sales, 6)));
        await ApiError.ExpectAsync("InvalidParameterValue.SkillGroupError", () => Bind(In(sales), In(987654321)));
        await ApiError.ExpectAsync("InvalidParameterValue.SkillGroupError", () => Unbind(support, 987654321));
        Assert.Equal([(support, "Support", 5L, "TEL")], await backend.SkillGroupsOfAsync("ann@example.com"));
        await ApiError.ExpectAsync("InvalidParameterValue.AccountNotExist", () => backend.Client.UnbindStaffSkillGroupListAsync(
            new() { SdkAppId = backend.App, StaffEmail = "zed@example.com", SkillGroupList = [support] }, Cancellation));
    }

    [Fact]
    public async Task Deleted_agents_are_gone_with_their_memberships_and_unknown_mails_are_reported()
    {
        using var backend = await ConnectAsync();
        var sales = await backend.CreateSkillGroupAsync("Sales");
        await backend.CreateAgentsAsync(
            TenantBackend.Agent("ann@example.com", "Sales"), TenantBackend.Agent("bob@example.com", "Sales"), TenantBackend.Agent("cid@example.com"));

        var deleted = await backend.Client.DeleteStaffAsync(
            new() { SdkAppId = backend.App, StaffList = ["ann@example.com", "BOB@example.com", "ghost@example.com"] }, Cancellation);

        Assert.Empty(deleted.OnlineStaffList);
        Assert.Equal("Deleted 2 agent(s). Not found: ghost@example.com.", deleted.DeleteStatusInfo);
        Assert.Equal(["cid@example.com"], (await backend.DescribeAgentsAsync()).Select(a => a.Mail));
        await backend.Client.DeleteCCCSkillGroupAsync(new() { SdkAppId = backend.App, SkillGroupId = sales }, Cancellation);

        // The mail is free again, for a brand-new agent.
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"));
        Assert.Empty(await backend.SkillGroupsOfAsync("ann@example.com"));
        await ApiError.ExpectAsync("InvalidParameterValue", () => backend.Client.DeleteStaffAsync(
            new() { SdkAppId = backend.App, StaffList = [] }, Cancellation));
    }
}
