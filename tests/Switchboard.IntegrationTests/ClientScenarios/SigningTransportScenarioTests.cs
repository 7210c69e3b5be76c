using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.ClientScenarios;

/// <summary>
/// The whole agent and skill group life cycle, all twelve actions, over every way the client can sign and send:
/// TC3 over POST (JSON) and GET (flattened query), and the legacy v1 signatures over a form body or a query.
/// Values with spaces, '+', '&amp;', '=' and non-ASCII letters check that flattening and signing agree end to end.
/// </summary>
public sealed class SigningTransportScenarioTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(CccSignMethod.Tc3HmacSha256, "POST")]
    [InlineData(CccSignMethod.Tc3HmacSha256, "GET")]
    [InlineData(CccSignMethod.HmacSha256, "POST")]
    [InlineData(CccSignMethod.HmacSha256, "GET")]
    [InlineData(CccSignMethod.HmacSha1, "POST")]
    public async Task Every_action_works_over_the_transport(CccSignMethod signMethod, string method)
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host, o => Use(o, signMethod, method));
        var client = backend.Client;
        var app = backend.App;

        var sales = (await client.CreateCCCSkillGroupAsync(new() { SdkAppId = app, SkillGroupName = "Ventes Île-de-France", SkillGroupType = 0 }, Cancellation)).SkillGroupId;
        var chat = (await client.CreateCCCSkillGroupAsync(new() { SdkAppId = app, SkillGroupName = "Chat & Mail", SkillGroupType = 1, MaxConcurrency = 3 }, Cancellation)).SkillGroupId;
        await client.UpdateCCCSkillGroupAsync(new() { SdkAppId = app, SkillGroupID = chat, SkillGroupName = "Chat+Mail = 在线", RingAll = true, MaxConcurrency = 2 }, Cancellation);
        var found = await client.DescribeSkillGroupInfoListAsync(
            new() { SdkAppId = app, PageSize = 10, PageNumber = 0, SkillGroupName = "Chat+Mail = 在线" }, Cancellation);
        Assert.Equal([(chat, true, 2L)], found.SkillGroupList.Select(g => (g.SkillGroupId, g.RingAll, g.MaxConcurrency)));

        var created = await client.CreateStaffAsync(new()
        {
            SdkAppId = app,
            SendPassword = false,
            Staffs =
            [
                new() { Name = "Ann Lee", Mail = "ann+1@example.com", StaffNumber = "A 1", Nick = "Ann & Co = 100%", SkillGroupNameList = ["Ventes Île-de-France", "Chat+Mail = 在线"] },
                new() { Name = "Bob", Mail = "bob@example.com", StaffNumber = "2" },
                new() { Name = "Bad", Mail = "not a mail", StaffNumber = "3" },
            ],
        }, Cancellation);
        Assert.Equal([("not a mail", "InvalidParameterValue")], created.ErrorStaffList.Select(e => (e.StaffEmail, e.Code)));

        var ann = await backend.DescribeAgentAsync("ann+1@example.com");
        Assert.Equal(("Ann Lee", "A 1", "Ann & Co = 100%"), (ann.Name, ann.StaffNumber, ann.Nick));
        Assert.Equal([(sales, "Ventes Île-de-France"), (chat, "Chat+Mail = 在线")], ann.SkillGroupList!.Select(g => (g.SkillGroupId, g.SkillGroupName)));

        var forwarding = new ForwardingConfig { Enabled = true, Condition = 2, Target = new() { Type = 1, StaffUserId = "bob@example.com" } };
        await client.ModifyStaffAsync(new() { SdkAppId = app, Email = "ann+1@example.com", Phone = "008613800000001", ForwardingConfig = forwarding, SkillGroupIds = [chat] }, Cancellation);
        await client.ModifyStaffPasswordAsync(new() { SdkAppId = app, Email = "ann+1@example.com", Password = "P@ss word+1&2=3" }, Cancellation);
        await client.BindStaffSkillGroupListAsync(
            new() { SdkAppId = app, StaffEmail = "ann+1@example.com", StaffSkillGroupList = [new() { SkillGroupId = sales, Priority = 1 }] }, Cancellation);
        await client.UnbindStaffSkillGroupListAsync(new() { SdkAppId = app, StaffEmail = "ann+1@example.com", SkillGroupList = [chat] }, Cancellation);

        ann = await backend.DescribeAgentAsync("ann+1@example.com");
        Assert.Equal(("008613800000001", forwarding), (ann.Phone, ann.ForwardingConfig));
        Assert.Equal([(sales, 1L)], ann.SkillGroupList!.Select(g => (g.SkillGroupId, g.Priority)));

        var login = await client.CreateSDKLoginTokenAsync(new() { SdkAppId = app, SeatUserId = "ann+1@example.com", OnlyOnce = true }, Cancellation);
        Assert.EndsWith($"&token={login.Token}&userid=ann%2B1%40example.com", login.SdkURL);

        var deleted = await client.DeleteStaffAsync(new() { SdkAppId = app, StaffList = ["ann+1@example.com", "bob@example.com"] }, Cancellation);
        Assert.Equal("Deleted 2 agent(s).", deleted.DeleteStatusInfo);
        await client.DeleteCCCSkillGroupAsync(new() { SdkAppId = app, SkillGroupId = sales }, Cancellation);
        await client.DeleteCCCSkillGroupAsync(new() { SdkAppId = app, SkillGroupId = chat }, Cancellation);
        var left = await client.DescribeSkillGroupInfoListAsync(new() { SdkAppId = app, PageSize = 10, PageNumber = 0 }, Cancellation);
        Assert.Equal(0, left.TotalCount);
    }

    [Theory]
    [InlineData(CccSignMethod.Tc3HmacSha256, "GET")]
    [InlineData(CccSignMethod.HmacSha256, "POST")]
    [InlineData(CccSignMethod.HmacSha256, "GET")]
    [InlineData(CccSignMethod.HmacSha1, "GET")]
    public async Task The_usual_failures_read_the_same_over_the_transport(CccSignMethod signMethod, string method)
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host, o => Use(o, signMethod, method));
        using var wrongKey = TenantBackend.CreateClient(fixture.Host, new CccCredential(backend.Tenant.SecretId, "not the key"), o => Use(o, signMethod, method));
        using var chinese = backend.CreateClient(o => { Use(o, signMethod, method); o.Language = "zh-CN"; });
        var list = new DescribeStaffInfoListRequest { SdkAppId = backend.App, PageSize = 10, PageNumber = 0 };

        await ApiError.ExpectAsync("AuthFailure.SignatureFailure", () => wrongKey.DescribeStaffInfoListAsync(list, Cancellation));
        await ApiError.ExpectAsync("InvalidParameterValue.InstanceNotExist", () => backend.Client.DescribeStaffInfoListAsync(
            list with { SdkAppId = backend.Tenant.OtherOwnersSdkAppId }, Cancellation));
        var missing = await ApiError.ExpectAsync("MissingParameter", () => chinese.SendAsync<DescribeStaffInfoListResponse>(
            "DescribeStaffInfoList", new { SdkAppId = backend.App, PageSize = 10 }, Cancellation));
        Assert.Contains("缺少必填参数 `PageNumber`", missing.Message);
        var wrongType = await ApiError.ExpectAsync("InvalidParameter", () => backend.Client.SendAsync<DescribeStaffInfoListResponse>(
            "DescribeStaffInfoList", new { SdkAppId = backend.App, PageSize = "ten", PageNumber = 0 }, Cancellation));
        Assert.Contains("`PageSize`", wrongType.Message);
        await ApiError.ExpectAsync("UnknownParameter", () => backend.Client.SendAsync<DescribeStaffInfoListResponse>(
            "DescribeStaffInfoList", new { SdkAppId = backend.App, PageSize = 10, PageNumber = 0, Limit = 10 }, Cancellation));
    }

    private static void Use(CccClientOptions options, CccSignMethod signMethod, string method)
    {
        options.SignMethod = signMethod;
        options.RequestMethod = new HttpMethod(method);
    }
}
