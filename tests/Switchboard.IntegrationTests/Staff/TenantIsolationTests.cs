using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.IntegrationTests.Staff;

/// <summary>Every action refuses another owner's application exactly like a missing one, and writes nothing.</summary>
public sealed class TenantIsolationTests
{
    private const long Theirs = StaffActionHost.StrangersApp;
    private const long Missing = 1699999999;

    public static TheoryData<string> Actions => new(ForApplication(Theirs).Keys);

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Another_owners_application_answers_InstanceNotExist_like_a_missing_one(string action)
    {
        await using var host = await StaffActionHost.StartAsync();

        var theirs = await host.FailAsync(ForApplication(Theirs)[action]);
        var missing = await host.FailAsync(ForApplication(Missing)[action]);

        Assert.Equal((ErrorCodes.InstanceNotExist, ErrorCodes.InstanceNotExist), (theirs.Code, missing.Code));
        Assert.Equal(missing.Message.Replace($"{Missing}", ""), theirs.Message.Replace($"{Theirs}", ""));
        Assert.Equal((0, 0), await host.WithDbAsync(async db => (await db.Agents.CountAsync(), await db.SkillGroups.CountAsync())));
    }

    private static Dictionary<string, object> ForApplication(long app) => new()
    {
        ["CreateSDKLoginToken"] = new CreateSDKLoginTokenRequest { SdkAppId = app, SeatUserId = "a@example.com" },
        ["CreateStaff"] = new CreateStaffRequest { SdkAppId = app, Staffs = [new SeatUserInfo { Name = "A", Mail = "a@example.com", StaffNumber = "1" }] },
        ["DescribeStaffInfoList"] = new DescribeStaffInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0 },
        ["ModifyStaff"] = new ModifyStaffRequest { SdkAppId = app, Email = "a@example.com", Name = "B" },
        ["ModifyStaffPassword"] = new ModifyStaffPasswordRequest { SdkAppId = app, Email = "a@example.com", Password = "long enough" },
        ["DeleteStaff"] = new DeleteStaffRequest { SdkAppId = app, StaffList = ["a@example.com"] },
        ["BindStaffSkillGroupList"] = new BindStaffSkillGroupListRequest { SdkAppId = app, StaffEmail = "a@example.com", StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = 1 }] },
        ["UnbindStaffSkillGroupList"] = new UnbindStaffSkillGroupListRequest { SdkAppId = app, StaffEmail = "a@example.com", SkillGroupList = [1] },
        ["CreateCCCSkillGroup"] = new CreateCCCSkillGroupRequest { SdkAppId = app, SkillGroupName = "g", SkillGroupType = 0 },
        ["DescribeSkillGroupInfoList"] = new DescribeSkillGroupInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0 },
        ["UpdateCCCSkillGroup"] = new UpdateCCCSkillGroupRequest { SdkAppId = app, SkillGroupID = 1, SkillGroupName = "h" },
        ["DeleteCCCSkillGroup"] = new DeleteCCCSkillGroupRequest { SdkAppId = app, SkillGroupId = 1 },
    };
}
