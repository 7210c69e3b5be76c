using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.IntegrationTests.Staff;

public sealed class CreateStaffTests
{
    private const long App = StaffActionHost.App;

    [Fact]
    public async Task Creates_agents_with_their_skill_groups_and_reports_no_errors()
    {
        await using var host = await StaffActionHost.StartAsync();
        var sales = await host.CreateSkillGroupAsync("sales");
        var chat = await host.CreateSkillGroupAsync("chat", type: 1);

        var response = await host.CallAsync<CreateStaffResponse>(new CreateStaffRequest
        {
            SdkAppId = App,
            Staffs =
            [
                new SeatUserInfo { Name = "Ana", Mail = "Ana@Example.com", StaffNumber = "001", Phone = "008618011111111", Nick = "A",
                    SkillGroupNameList = ["sales", "chat"], Role = 1, ExtensionNumber = "1001" },
                new SeatUserInfo { Name = "Bo", Mail = "bo@example.com", StaffNumber = "002" },
            ],
        });

        Assert.Empty(response.ErrorStaffList);
        var ana = await host.DescribeAgentAsync("ana@example.com");
        Assert.Equal(("Ana", "Ana@Example.com", "008618011111111", "A", "001", "1001"), (ana.Name, ana.Mail, ana.Phone, ana.Nick, ana.StaffNumber, ana.ExtensionNumber));
        Assert.Equal([1L], ana.RoleList!);
        Assert.Equal([(sales, "sales", 3L, "TEL"), (chat, "chat", 3L, "IM")],
            ana.SkillGroupList!.Select(g => (g.SkillGroupId, g.SkillGroupName!, g.Priority, g.Type!)));
        Assert.Equal(host.Now, ana.LastModifyTimestamp);
        var bo = await host.DescribeAgentAsync("bo@example.com");
        Assert.Equal([3L], bo.RoleList!);
        Assert.Empty(bo.SkillGroupList!);
    }

    [Fact]
    public async Task Each_row_succeeds_or_fails_alone()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateSkillGroupAsync("sales");
        await host.CreateAgentsAsync(App, "taken@example.com");

        var response = await host.CallAsync<CreateStaffResponse>(new CreateStaffRequest
        {
            SdkAppId = App,
            Staffs =
            [
                new SeatUserInfo { Name = "Good", Mail = "good@example.com", StaffNumber = "1", SkillGroupNameList = ["sales"] },
                new SeatUserInfo { Name = "Bad mail", Mail = "not-a-mail", StaffNumber = "2" },
                new SeatUserInfo { Name = "Again", Mail = "TAKEN@example.com", StaffNumber = "3" },
                new SeatUserInfo { Name = "No group", Mail = "nogroup@example.com", StaffNumber = "4", SkillGroupNameList = ["sales", "missing"] },
                new SeatUserInfo { Name = "Bad phone", Mail = "phone@example.com", StaffNumber = "5", Phone = "12345" },
                new SeatUserInfo { Name = "Twice", Mail = "good@example.com", StaffNumber = "6" },
                new SeatUserInfo { Name = "Role", Mail = "role@example.com", StaffNumber = "7", Role = 42 },
                new SeatUserInfo { Name = "Ext", Mail = "ext@example.com", StaffNumber = "8", ExtensionNumber = "0999" },
                new SeatUserInfo { Name = " ", Mail = "blank@example.com", StaffNumber = "9" },
            ],
        });

        (string Mail, string Code, string InMessage)[] expected =
        [
            ("not-a-mail", ErrorCodes.InvalidParameterValue, "Staffs.1.Mail"),
            ("TAKEN@example.com", ErrorCodes.DuplicatedAccount, "TAKEN@example.com"),
            ("nogroup@example.com", ErrorCodes.SkillGroupError, "'missing'"),
            ("phone@example.com", ErrorCodes.InvalidParameterValue, "Staffs.4.Phone"),
            ("good@example.com", ErrorCodes.DuplicatedAccount, "good@example.com"),
            ("role@example.com", ErrorCodes.InvalidParameterValue, "Staffs.6.Role"),
            ("ext@example.com", ErrorCodes.InvalidParameterValue, "Staffs.7.ExtensionNumber"),
            ("blank@example.com", ErrorCodes.InvalidParameterValue, "Staffs.8.Name"),
        ];
        Assert.Equal(expected.Select(e => (e.Mail, e.Code)), response.ErrorStaffList.Select(e => (e.StaffEmail!, e.Code!)));
        Assert.All(expected.Zip(response.ErrorStaffList), pair => Assert.Contains(pair.First.InMessage, pair.Second.Message));

        // Only the good row and the pre-existing agent are stored; the failed group row left nothing behind.
        var stored = await host.WithDbAsync(db => db.Agents.OrderBy(a => a.Id).Select(a => new { a.Mail, Groups = a.Memberships.Count }).ToListAsync());
        Assert.Equal([("taken@example.com", 0), ("good@example.com", 1)], stored.Select(a => (a.Mail, a.Groups)));
        Assert.Equal(1, await host.WithDbAsync(db => db.SkillGroupMemberships.CountAsync()));

    }

    [Fact]
    public async Task Row_errors_speak_the_callers_language()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a@example.com");
        var response = await host.CallAsync<CreateStaffResponse>(
            new CreateStaffRequest { SdkAppId = App, Staffs = [new SeatUserInfo { Name = "A", Mail = "a@example.com", StaffNumber = "1" }] },
            CloudApiLanguages.Chinese);
        Assert.Contains("已存在", Assert.Single(response.ErrorStaffList).Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task More_than_ten_or_no_rows_is_refused_and_nothing_is_written(int rows)
    {
        await using var host = await StaffActionHost.StartAsync();
        var error = await host.FailAsync(new CreateStaffRequest
        {
            SdkAppId = App,
            Staffs = Enumerable.Range(0, rows).Select(i => new SeatUserInfo { Name = "A", Mail = $"a{i}@example.com", StaffNumber = "1" }).ToList(),
        });
        Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
        Assert.StartsWith("Staffs", error.Message);
        Assert.Equal(0, await host.WithDbAsync(db => db.Agents.CountAsync()));
    }

    [Fact]
    public async Task Phone_and_extension_belong_to_one_agent_per_application()
    {
        await using var host = await StaffActionHost.StartAsync();
        var first = new SeatUserInfo { Name = "A", Mail = "a@example.com", StaffNumber = "1", Phone = "008618011111111", ExtensionNumber = "2001" };
        Assert.Empty((await host.CallAsync<CreateStaffResponse>(new CreateStaffRequest { SdkAppId = App, Staffs = [first] })).ErrorStaffList);

        var response = await host.CallAsync<CreateStaffResponse>(new CreateStaffRequest
        {
            SdkAppId = App,
            Staffs =
            [
                first with { Mail = "b@example.com", ExtensionNumber = null },
                first with { Mail = "c@example.com", Phone = null },
            ],
        });
        Assert.Equal([ErrorCodes.PhoneNumIsBoundOtherAccount, ErrorCodes.InvalidParameterValue], response.ErrorStaffList.Select(e => e.Code));

        // Another application of the same owner is a separate namespace.
        var elsewhere = await host.CallAsync<CreateStaffResponse>(new CreateStaffRequest { SdkAppId = StaffActionHost.OtherApp, Staffs = [first] });
        Assert.Empty(elsewhere.ErrorStaffList);
    }

    [Fact]
    public async Task Skill_group_names_resolve_only_within_the_application()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateSkillGroupAsync("support", app: StaffActionHost.OtherApp);
        var response = await host.CallAsync<CreateStaffResponse>(new CreateStaffRequest
        {
            SdkAppId = App,
            Staffs = [new SeatUserInfo { Name = "A", Mail = "a@example.com", StaffNumber = "1", SkillGroupNameList = ["support"] }],
        });
        Assert.Equal(ErrorCodes.SkillGroupError, Assert.Single(response.ErrorStaffList).Code);
    }
}
