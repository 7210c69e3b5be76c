using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Tenancy;

namespace Switchboard.IntegrationTests.ClientScenarios;

/// <summary>
/// The mistakes a backend developer makes, seen as the <see cref="CccException"/> they catch: the API's code, a
/// message that says what to fix, and a UUID RequestId to quote.
/// </summary>
public sealed class FailureScenarioTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private SwitchboardHost Host => fixture.Host;

    private static Task ListAgents(CccClient client, long app) =>
        client.DescribeStaffInfoListAsync(new() { SdkAppId = app, PageSize = 10, PageNumber = 0 }, Cancellation);

    [Theory]
    [InlineData("wrong SecretKey", "AuthFailure.SignatureFailure", "SecretKey")]
    [InlineData("unknown SecretId", "AuthFailure.SecretIdNotFound", "does not exist")]
    [InlineData("clock ten minutes behind", "AuthFailure.SignatureExpire", "5 minutes")]
    [InlineData("clock ten minutes ahead", "AuthFailure.SignatureExpire", "5 minutes")]
    public async Task Credential_and_clock_mistakes_are_AuthFailures(string mistake, string code, string hint)
    {
        var tenant = await Host.CreateTenantAsync();
        var (credential, skew) = mistake switch
        {
            "wrong SecretKey" => (new CccCredential(tenant.SecretId, tenant.SecretKey[..^1] + (tenant.SecretKey[^1] == 'x' ? 'y' : 'x')), TimeSpan.Zero),
            "unknown SecretId" => (new CccCredential("AKID" + Guid.NewGuid().ToString("N"), tenant.SecretKey), TimeSpan.Zero),
            "clock ten minutes behind" => (new CccCredential(tenant.SecretId, tenant.SecretKey), TimeSpan.FromMinutes(-10)),
            _ => (new CccCredential(tenant.SecretId, tenant.SecretKey), TimeSpan.FromMinutes(10)),
        };
        using var client = TenantBackend.CreateClient(Host, credential, o => o.TimeProvider = new FakeTimeProvider(DateTimeOffset.UtcNow + skew));

        var error = await ApiError.ExpectAsync(code, () => ListAgents(client, tenant.SdkAppId));

        Assert.Contains(hint, error.Message);
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once_and_other_keys_of_the_owner_keep_working()
    {
        using var backend = await TenantBackend.ConnectAsync(Host);
        var keys = Host.Services.GetRequiredService<ApiKeyStore>();
        var spare = await keys.CreateAsync(backend.Tenant.OwnerId, "spare", Cancellation);
        await ListAgents(backend.Client, backend.App);

        await keys.RevokeAsync(backend.Tenant.SecretId, Cancellation);

        await ApiError.ExpectAsync("AuthFailure.SecretIdNotFound", () => ListAgents(backend.Client, backend.App));
        using var rotated = TenantBackend.CreateClient(Host, new CccCredential(spare.SecretId, spare.SecretKey));
        await ListAgents(rotated, backend.App);
    }

    public static TheoryData<string> Actions => new(CallsOnNeighbour.Keys);

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Another_owners_application_is_out_of_reach_for_every_action(string action)
    {
        using var backend = await TenantBackend.ConnectAsync(Host);
        using var neighbour = await TenantBackend.ConnectAsync(Host);
        var group = await neighbour.CreateSkillGroupAsync("Sales");
        await neighbour.CreateAgentsAsync(TenantBackend.Agent("ann@example.com", "Sales"));
        var before = JsonSerializer.Serialize(await neighbour.DescribeAgentsAsync(), CccJson.Options);

        var error = await ApiError.ExpectAsync("InvalidParameterValue.InstanceNotExist",
            () => CallsOnNeighbour[action](backend.Client, neighbour.App, group));

        Assert.Contains($"SdkAppId={neighbour.App}", error.Message);
        Assert.Equal(before, JsonSerializer.Serialize(await neighbour.DescribeAgentsAsync(), CccJson.Options));
        Assert.Equal("Sales", (await neighbour.DescribeSkillGroupAsync(group))?.SkillGroupName);
    }

    /// <summary>Every action, aimed at a real agent and skill group of another owner's application.</summary>
    private static readonly Dictionary<string, Func<CccClient, long, long, Task>> CallsOnNeighbour = new()
    {
        ["CreateSDKLoginToken"] = (c, app, _) => c.CreateSDKLoginTokenAsync(new() { SdkAppId = app, SeatUserId = "ann@example.com" }, Cancellation),
        ["CreateStaff"] = (c, app, _) => c.CreateStaffAsync(new() { SdkAppId = app, Staffs = [TenantBackend.Agent("eve@example.com", "Sales")] }, Cancellation),
        ["DescribeStaffInfoList"] = (c, app, _) => ListAgents(c, app),
        ["ModifyStaff"] = (c, app, _) => c.ModifyStaffAsync(new() { SdkAppId = app, Email = "ann@example.com", Name = "Eve", SkillGroupIds = [] }, Cancellation),
        ["ModifyStaffPassword"] = (c, app, _) => c.ModifyStaffPasswordAsync(new() { SdkAppId = app, Email = "ann@example.com", Password = "Taken-Over-1" }, Cancellation),
        ["DeleteStaff"] = (c, app, _) => c.DeleteStaffAsync(new() { SdkAppId = app, StaffList = ["ann@example.com"] }, Cancellation),
        ["BindStaffSkillGroupList"] = (c, app, g) => c.BindStaffSkillGroupListAsync(
            new() { SdkAppId = app, StaffEmail = "ann@example.com", StaffSkillGroupList = [new() { SkillGroupId = g, Priority = 5 }] }, Cancellation),
        ["UnbindStaffSkillGroupList"] = (c, app, g) => c.UnbindStaffSkillGroupListAsync(new() { SdkAppId = app, StaffEmail = "ann@example.com", SkillGroupList = [g] }, Cancellation),
        ["CreateCCCSkillGroup"] = (c, app, _) => c.CreateCCCSkillGroupAsync(new() { SdkAppId = app, SkillGroupName = "Eve's", SkillGroupType = 0 }, Cancellation),
        ["DescribeSkillGroupInfoList"] = (c, app, _) => c.DescribeSkillGroupInfoListAsync(new() { SdkAppId = app, PageSize = 10, PageNumber = 0 }, Cancellation),
        ["UpdateCCCSkillGroup"] = (c, app, g) => c.UpdateCCCSkillGroupAsync(new() { SdkAppId = app, SkillGroupID = g, SkillGroupName = "Eve's" }, Cancellation),
        ["DeleteCCCSkillGroup"] = (c, app, g) => c.DeleteCCCSkillGroupAsync(new() { SdkAppId = app, SkillGroupId = g }, Cancellation),
    };

    [Theory]
    [InlineData("CreateStaff without Staffs", "MissingParameter", "`Staffs`")]
    [InlineData("agent without StaffNumber", "MissingParameter", "`Staffs.0.StaffNumber`")]
    [InlineData("list without PageNumber", "MissingParameter", "`PageNumber`")]
    [InlineData("password without Password", "MissingParameter", "`Password`")]
    [InlineData("SdkAppId as a string", "InvalidParameter", "`SdkAppId`")]
    [InlineData("SkillGroupType as a word", "InvalidParameter", "`SkillGroupType`")]
    [InlineData("skill group id as a string", "InvalidParameter", "`SkillGroupIds.1`")]
    [InlineData("fractional page size", "InvalidParameter", "`PageSize`")]
    [InlineData("SkillGroupNameList as one name", "InvalidParameter", "`Staffs.0.SkillGroupNameList`")]
    [InlineData("Offset instead of PageNumber", "UnknownParameter", "`Offset`")]
    [InlineData("Email instead of StaffEmail", "UnknownParameter", "`Email`")]
    [InlineData("lower-case field name", "UnknownParameter", "Did you mean `SdkAppId`?")]
    [InlineData("undeclared agent field", "UnknownParameter", "`Staffs.0.Department`")]
    public async Task Malformed_parameters_are_named_in_the_error(string mistake, string code, string named)
    {
        using var backend = await TenantBackend.ConnectAsync(Host);
        var app = backend.App;
        var (action, request) = mistake switch
        {
            "CreateStaff without Staffs" => ("CreateStaff", (object)new { SdkAppId = app }),
            "agent without StaffNumber" => ("CreateStaff", new { SdkAppId = app, Staffs = new[] { new { Name = "Ann", Mail = "ann@example.com" } } }),
            "list without PageNumber" => ("DescribeStaffInfoList", new { SdkAppId = app, PageSize = 10 }),
            "password without Password" => ("ModifyStaffPassword", new { SdkAppId = app, Email = "ann@example.com" }),
            "SdkAppId as a string" => ("DescribeStaffInfoList", new { SdkAppId = app.ToString(), PageSize = 10, PageNumber = 0 }),
            "SkillGroupType as a word" => ("CreateCCCSkillGroup", new { SdkAppId = app, SkillGroupName = "Sales", SkillGroupType = "phone" }),
            "skill group id as a string" => ("ModifyStaff", new { SdkAppId = app, Email = "ann@example.com", SkillGroupIds = new object[] { 1, "2" } }),
            "fractional page size" => ("DescribeSkillGroupInfoList", new { SdkAppId = app, PageSize = 2.5, PageNumber = 0 }),
            "SkillGroupNameList as one name" => ("CreateStaff", new { SdkAppId = app, Staffs = new[] { new { Name = "Ann", Mail = "ann@example.com", StaffNumber = "1", SkillGroupNameList = "Sales" } } }),
            "Offset instead of PageNumber" => ("DescribeStaffInfoList", new { SdkAppId = app, PageSize = 10, Offset = 0 }),
            "Email instead of StaffEmail" => ("UnbindStaffSkillGroupList", new { SdkAppId = app, Email = "ann@example.com", SkillGroupList = new[] { 1 } }),
            "lower-case field name" => ("DescribeStaffInfoList", new { sdkAppId = app, PageSize = 10, PageNumber = 0 }),
            _ => ("CreateStaff", new { SdkAppId = app, Staffs = new[] { new { Name = "Ann", Mail = "ann@example.com", StaffNumber = "1", Department = "Sales" } } }),
        };

        var error = await ApiError.ExpectAsync(code, () => backend.Client.SendAsync<CreateStaffResponse>(action, request, Cancellation));

        Assert.Contains(named, error.Message);
        Assert.Empty(await backend.DescribeAgentsAsync());
    }

    [Theory]
    [InlineData("CreateStaffs", "InvalidAction", "`CreateStaffs` is not an action of ccc 2020-02-10")]
    [InlineData("createStaff", "InvalidAction", "`createStaff` is not an action")]
    [InlineData("DescribeTelCdr", "UnsupportedOperation", "DescribeTelCdr is an action of ccc 2020-02-10 that Switchboard does not implement yet")]
    [InlineData("CreateAutoCalloutTask", "UnsupportedOperation", "CreateAutoCalloutTask is an action of ccc 2020-02-10")]
    public async Task Actions_that_do_not_exist_or_are_not_built_are_told_apart(string action, string code, string message)
    {
        using var backend = await TenantBackend.ConnectAsync(Host);
        var error = await ApiError.ExpectAsync(code, () => backend.Client.SendAsync<DescribeStaffInfoListResponse>(action,
            new { SdkAppId = backend.App, StartTimeStamp = 1, EndTimeStamp = 2, PageSize = 10, PageNumber = 0 }, Cancellation));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("zh-CN", "foreign application", "应用 SdkAppId=")]
    [InlineData("zh-CN", "wrong SecretKey", "签名验证失败")]
    [InlineData("zh-CN", "missing parameter", "缺少必填参数 `PageNumber`")]
    [InlineData("zh-CN", "duplicate agent row", "该应用中已存在邮箱为 'ann@example.com' 的座席")]
    [InlineData("en-US", "foreign application", "The application SdkAppId=")]
    [InlineData("en-US", "duplicate agent row", "An agent with the mail 'ann@example.com' already exists")]
    [InlineData(null, "wrong SecretKey", "The signature does not match")]
    [InlineData(null, "missing parameter", "The required parameter `PageNumber` is missing")]
    public async Task Messages_follow_the_clients_language(string? language, string mistake, string message)
    {
        using var backend = await TenantBackend.ConnectAsync(Host);
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"));
        var key = mistake == "wrong SecretKey" ? "not the key" : backend.Tenant.SecretKey;
        using var client = TenantBackend.CreateClient(Host, new CccCredential(backend.Tenant.SecretId, key), o => o.Language = language);

        string? said = mistake switch
        {
            "foreign application" => (await ApiError.ExpectAsync("InvalidParameterValue.InstanceNotExist",
                () => ListAgents(client, backend.Tenant.OtherOwnersSdkAppId))).Message,
            "wrong SecretKey" => (await ApiError.ExpectAsync("AuthFailure.SignatureFailure", () => ListAgents(client, backend.App))).Message,
            "missing parameter" => (await ApiError.ExpectAsync("MissingParameter",
                () => client.SendAsync<DescribeStaffInfoListResponse>("DescribeStaffInfoList", new { SdkAppId = backend.App, PageSize = 10 }, Cancellation))).Message,
            _ => Assert.Single((await client.CreateStaffAsync(
                new() { SdkAppId = backend.App, Staffs = [TenantBackend.Agent("ann@example.com")] }, Cancellation)).ErrorStaffList).Message,
        };

        Assert.Contains(message, said);
    }

    [Fact]
    public async Task Every_answer_has_its_own_request_id()
    {
        using var backend = await TenantBackend.ConnectAsync(Host);
        var ids = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            var listed = await backend.Client.DescribeStaffInfoListAsync(new() { SdkAppId = backend.App, PageSize = 1, PageNumber = 0 }, Cancellation);
            Assert.True(Guid.TryParseExact(listed.RequestId, "D", out _));
            ids.Add(listed.RequestId);
            var failed = await ApiError.ExpectAsync("InvalidParameterValue.InstanceNotExist", () => ListAgents(backend.Client, backend.Tenant.OtherOwnersSdkAppId));
            ids.Add(failed.RequestId!);
        }
        Assert.Equal(6, ids.Count);
    }
}
