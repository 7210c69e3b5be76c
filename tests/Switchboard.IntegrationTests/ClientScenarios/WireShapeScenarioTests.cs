using System.Net;
using System.Text;
using System.Text.Json;
using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.ClientScenarios;

/// <summary>
/// TCCC's field quirks as they appear on the wire, where the typed client hides them: raw requests signed by
/// the independent test signer, raw JSON answers read property by property. A backend using another SDK, or
/// plain HTTP, depends on exactly these names and JSON kinds.
/// </summary>
public sealed class WireShapeScenarioTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private SwitchboardHost Host => fixture.Host;

    private async Task<JsonElement> PostAsync(TenantBackend backend, string action, string json)
    {
        using var request = Tc3TestSigner.Post(Host.BaseAddress, action, Encoding.UTF8.GetBytes(json),
            backend.Tenant.SecretId, backend.Tenant.SecretKey, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        using var response = await Host.HttpClient.SendAsync(request, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        return document.RootElement.GetProperty("Response").Clone();
    }

    private static string? ErrorCode(JsonElement response) =>
        response.TryGetProperty("Error", out var error) ? error.GetProperty("Code").GetString() : null;

    private static JsonValueKind Kind(JsonElement element, string property) => element.GetProperty(property).ValueKind;

    [Fact]
    public async Task UpdateCCCSkillGroup_takes_SkillGroupID_with_a_capital_ID_and_points_out_the_usual_spelling()
    {
        using var backend = await TenantBackend.ConnectAsync(Host);
        var id = await backend.CreateSkillGroupAsync("Sales");

        var renamed = await PostAsync(backend, "UpdateCCCSkillGroup", $$"""{"SdkAppId":{{backend.App}},"SkillGroupID":{{id}},"SkillGroupName":"Renamed"}""");
        Assert.Null(ErrorCode(renamed));
        Assert.Equal("Renamed", (await backend.DescribeSkillGroupAsync(id))?.SkillGroupName);

        var misspelt = await PostAsync(backend, "UpdateCCCSkillGroup", $$"""{"SdkAppId":{{backend.App}},"SkillGroupId":{{id}},"SkillGroupName":"Again"}""");
        Assert.Equal("UnknownParameter", ErrorCode(misspelt));
        Assert.Contains("Did you mean `SkillGroupID`?", misspelt.GetProperty("Error").GetProperty("Message").GetString());
        Assert.Equal("Renamed", (await backend.DescribeSkillGroupAsync(id))?.SkillGroupName);

        // The typed client spells it the same way, so the typed call above and the raw one agree.
        var typed = JsonSerializer.Serialize(new UpdateCCCSkillGroupRequest { SdkAppId = 1, SkillGroupID = 2 }, CccJson.Options);
        Assert.Contains("\"SkillGroupID\":2", typed);
    }

    [Fact]
    public async Task StaffInfo_keeps_RoleIdList_a_scalar_beside_the_RoleList_array()
    {
        using var backend = await TenantBackend.ConnectAsync(Host);
        await backend.CreateSkillGroupAsync("Chat", type: 1);
        await backend.CreateAgentsAsync(new SeatUserInfo { Name = "Ann", Mail = "ann@example.com", StaffNumber = "1", Role = 2, SkillGroupNameList = ["Chat"] });

        var listed = await PostAsync(backend, "DescribeStaffInfoList", $$"""{"SdkAppId":{{backend.App}},"PageSize":10,"PageNumber":0}""");

        Assert.Equal(JsonValueKind.Number, Kind(listed, "TotalCount"));
        var agent = Assert.Single(listed.GetProperty("StaffList").EnumerateArray().ToArray());
        Assert.Equal((JsonValueKind.Number, 2), (Kind(agent, "RoleIdList"), agent.GetProperty("RoleIdList").GetInt32()));
        Assert.Equal((JsonValueKind.Number, 2), (Kind(agent, "RoleId"), agent.GetProperty("RoleId").GetInt32()));
        Assert.Equal("[2]", agent.GetProperty("RoleList").GetRawText());
        Assert.Equal(JsonValueKind.Number, Kind(agent, "LastModifyTimestamp"));
        var group = Assert.Single(agent.GetProperty("SkillGroupList").EnumerateArray().ToArray());
        Assert.Equal((JsonValueKind.Number, JsonValueKind.String, JsonValueKind.Number, "IM"),
            (Kind(group, "SkillGroupId"), Kind(group, "SkillGroupName"), Kind(group, "Priority"), group.GetProperty("Type").GetString()));
    }

    [Fact]
    public async Task SkillGroupInfoItem_carries_both_the_numeric_type_and_the_old_label()
    {
        using var backend = await TenantBackend.ConnectAsync(Host);
        await backend.CreateSkillGroupAsync("Video", type: 4);

        var listed = await PostAsync(backend, "DescribeSkillGroupInfoList", $$"""{"SdkAppId":{{backend.App}},"PageSize":10,"PageNumber":0}""");

        var group = Assert.Single(listed.GetProperty("SkillGroupList").EnumerateArray().ToArray());
        Assert.Equal(4, group.GetProperty("SkillGroupType").GetInt32());
        Assert.Equal("ALL", group.GetProperty("Type").GetString());
        Assert.Equal((JsonValueKind.False, JsonValueKind.Number, JsonValueKind.Number),
            (Kind(group, "RingAll"), Kind(group, "MaxConcurrency"), Kind(group, "SkillGroupId")));
    }

    [Fact]
    public async Task CreateSDKLoginToken_answers_Token_ExpiredTime_and_SdkURL_by_their_TCCC_names()
    {
        using var backend = await TenantBackend.ConnectAsync(Host);
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"));

        var login = await PostAsync(backend, "CreateSDKLoginToken", $$"""{"SdkAppId":{{backend.App}},"SeatUserId":"ann@example.com","OnlyOnce":true}""");

        Assert.Equal(["Token", "ExpiredTime", "SdkURL", "RequestId"], login.EnumerateObject().Select(p => p.Name));
        Assert.Equal((JsonValueKind.String, JsonValueKind.Number, JsonValueKind.String),
            (Kind(login, "Token"), Kind(login, "ExpiredTime"), Kind(login, "SdkURL")));
    }

    [Fact]
    public async Task CreateStaff_answers_an_empty_ErrorStaffList_when_every_row_succeeds()
    {
        using var backend = await TenantBackend.ConnectAsync(Host);

        var created = await PostAsync(backend, "CreateStaff",
            $$"""{"SdkAppId":{{backend.App}},"SendPassword":false,"Staffs":[{"Name":"Ann","Mail":"ann@example.com","StaffNumber":"1"}]}""");
        var refused = await PostAsync(backend, "CreateStaff",
            $$"""{"SdkAppId":{{backend.App}},"Staffs":[{"Name":"Ann","Mail":"ann@example.com","StaffNumber":"1"}]}""");

        Assert.Equal("[]", created.GetProperty("ErrorStaffList").GetRawText());
        var row = Assert.Single(refused.GetProperty("ErrorStaffList").EnumerateArray().ToArray());
        Assert.Equal(("ann@example.com", "FailedOperation.DuplicatedAccount"), (row.GetProperty("StaffEmail").GetString(), row.GetProperty("Code").GetString()));
        Assert.Equal(JsonValueKind.String, Kind(row, "Message"));
    }

    [Fact]
    public async Task Answers_without_outputs_carry_only_the_RequestId()
    {
        using var backend = await TenantBackend.ConnectAsync(Host);
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"));

        var modified = await PostAsync(backend, "ModifyStaff", $$"""{"SdkAppId":{{backend.App}},"Email":"ann@example.com","Nick":"A"}""");

        Assert.Equal(["RequestId"], modified.EnumerateObject().Select(p => p.Name));
        Assert.True(Guid.TryParseExact(modified.GetProperty("RequestId").GetString(), "D", out _));
    }
}
