using System.Text.Json.Nodes;
using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;
using static Switchboard.IntegrationTests.NodeInterop.SdkAnswer;

namespace Switchboard.IntegrationTests.NodeInterop;

/// <summary>
/// Correctly signed requests the server refuses, as the official Node SDK reports them: another owner's
/// application, a missing field, a misspelt or not yet built action; in English, or in Chinese when the
/// SDK's profile asks for zh-CN.
/// </summary>
public sealed class NodeSdkRequestFailureTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    public static TheoryData<string> Styles => SigningStyle.Names;

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task Refused_requests_are_thrown_with_the_code_that_names_the_problem(string style)
    {
        var backend = await NodeSdkBackend.ConnectAsync(fixture.Host, SigningStyle.Named(style));
        var foreignApp = backend.Tenant.OtherOwnersSdkAppId;

        var r = await backend.RunAsync(
            new NodeCall("DescribeStaffInfoList", new DescribeStaffInfoListRequest { SdkAppId = foreignApp, PageSize = 10, PageNumber = 0 }),
            new NodeCall("CreateStaff", new CreateStaffRequest
            {
                SdkAppId = foreignApp,
                Staffs = [new SeatUserInfo { Name = "Mallory", Mail = "mallory@example.com", StaffNumber = "1" }],
            }),
            new NodeCall("CreateSDKLoginToken", new JsonObject { ["SdkAppId"] = backend.App, ["OnlyOnce"] = true }),
            // Not a method of the SDK's ccc client, so the driver sends it through client.request().
            new NodeCall("DescribeStaffInfo", new JsonObject { ["SdkAppId"] = backend.App }),
            new NodeCall("DescribeTelCdr", new JsonObject
            {
                ["SdkAppId"] = backend.App,
                ["StartTimeStamp"] = 1700000000,
                ["EndTimeStamp"] = 1700086400,
                ["PageSize"] = 10,
                ["PageNumber"] = 0,
            }));

        Assert.Contains($"{foreignApp}", Failed(r[0], "InvalidParameterValue.InstanceNotExist"));
        Failed(r[1], "InvalidParameterValue.InstanceNotExist");
        Assert.Equal(0, await fixture.Host.CountAgentsAsync(foreignApp));
        Assert.Contains("SeatUserId", Failed(r[2], "MissingParameter"));
        Assert.Contains("DescribeStaffInfo", Failed(r[3], "InvalidAction"));
        Assert.Contains("DescribeTelCdr", Failed(r[4], "UnsupportedOperation"));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_chinese_profile_gets_chinese_messages(string style)
    {
        var backend = await NodeSdkBackend.ConnectAsync(fixture.Host, SigningStyle.Named(style));

        var r = await backend.RunAsync(backend.Script(
            new NodeCall("CreateSDKLoginToken", new JsonObject { ["SeatUserId"] = "ann@example.com" }),
            new NodeCall("DescribeSkillGroupInfoList", new DescribeSkillGroupInfoListRequest { SdkAppId = backend.Tenant.OtherOwnersSdkAppId, PageSize = 10, PageNumber = 0 }),
            new NodeCall("DescribeStaffInfoList", new DescribeStaffInfoListRequest { SdkAppId = backend.App, PageSize = 10, PageNumber = 0 }))
            with { Language = "zh-CN" });

        Assert.Contains("缺少必填参数 `SdkAppId`", Failed(r[0], "MissingParameter"));
        Assert.Contains("不存在", Failed(r[1], "InvalidParameterValue.InstanceNotExist"));
        Assert.Equal(0, Number(Succeeded(r[2]), "TotalCount"));
    }
}
