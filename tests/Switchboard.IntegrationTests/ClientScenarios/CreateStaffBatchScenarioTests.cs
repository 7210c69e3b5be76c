using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.ClientScenarios;

/// <summary>
/// A backend imports agents ten at a time: each row of CreateStaff succeeds or fails on its own, a failed row
/// is reported with its code and leaves nothing behind, and a malformed request creates nobody.
/// </summary>
public sealed class CreateStaffBatchScenarioTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static SeatUserInfo Row(string mail, string? phone = null, params string[] groups) =>
        TenantBackend.Agent(mail, groups) with { Phone = phone };

    [Fact]
    public async Task Good_rows_are_created_whole_and_bad_rows_are_listed_in_order_with_their_codes()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var sales = await backend.CreateSkillGroupAsync("Sales");
        var support = await backend.CreateSkillGroupAsync("Support");
        await backend.CreateAgentsAsync(Row("old@example.com", "008613800000001") with { Name = "Old Timer" });

        var response = await backend.Client.CreateStaffAsync(new()
        {
            SdkAppId = backend.App,
            Staffs =
            [
                Row("new1@example.com", "008613800000002", "Sales", "Support"),
                Row("not-a-mail"),
                Row("OLD@example.com") with { Name = "Impostor" },
                Row("lost@example.com", null, "Sales", "No Such Group"),
                Row("twin@example.com", "008613800000001"),
                Row("new2@example.com"),
                Row("NEW1@example.com"),
                Row("boss@example.com") with { Role = 9 },
                Row("blank@example.com") with { Name = " " },
                Row("new3@example.com", null, "Support") with { ExtensionNumber = "3003" },
            ],
        }, Cancellation);

        (string Mail, string Code, string Named)[] expected =
        [
            ("not-a-mail", "InvalidParameterValue", "Staffs.1.Mail"),
            ("OLD@example.com", "FailedOperation.DuplicatedAccount", "'OLD@example.com' already exists"),
            ("lost@example.com", "InvalidParameterValue.SkillGroupError", "Staffs.3.SkillGroupNameList: there is no skill group named 'No Such Group'"),
            ("twin@example.com", "InvalidParameterValue.PhoneNumIsBoundOtherAccount", "Staffs.4.Phone"),
            ("NEW1@example.com", "FailedOperation.DuplicatedAccount", "'NEW1@example.com' already exists"),
            ("boss@example.com", "InvalidParameterValue", "Staffs.7.Role"),
            ("blank@example.com", "InvalidParameterValue", "Staffs.8.Name"),
        ];
        Assert.Equal(expected.Select(e => ((string?)e.Mail, (string?)e.Code)), response.ErrorStaffList.Select(e => (e.StaffEmail, e.Code)));
        foreach (var (row, failure) in expected.Zip(response.ErrorStaffList))
            Assert.Contains(row.Named, failure.Message);

        var agents = await backend.DescribeAgentsAsync();
        Assert.Equal(["old@example.com", "new1@example.com", "new2@example.com", "new3@example.com"], agents.Select(a => a.Mail));
        Assert.Equal(("Old Timer", "008613800000001"), (agents[0].Name, agents[0].Phone));
        Assert.Equal([(sales, "Sales", 3L, "TEL"), (support, "Support", 3L, "TEL")], await backend.SkillGroupsOfAsync("new1@example.com"));
        Assert.Equal([(support, "Support", 3L, "TEL")], await backend.SkillGroupsOfAsync("new3@example.com"));
        Assert.Equal("3003", agents[3].ExtensionNumber);
        var salesMembers = await backend.Client.DescribeStaffInfoListAsync(
            new() { SdkAppId = backend.App, PageSize = 10, PageNumber = 0, SkillGroupId = sales }, Cancellation);
        Assert.Equal(["new1@example.com"], salesMembers.StaffList.Select(a => a.Mail));
    }

    [Fact]
    public async Task Rows_refused_once_can_be_sent_again_after_the_fix()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var first = await backend.Client.CreateStaffAsync(new()
        {
            SdkAppId = backend.App, Staffs = [Row("ann@example.com", null, "Sales"), Row("bob@example.com")],
        }, Cancellation);
        Assert.Equal(["ann@example.com"], first.ErrorStaffList.Select(e => e.StaffEmail));

        await backend.CreateSkillGroupAsync("Sales");
        var retry = await backend.Client.CreateStaffAsync(new()
        {
            SdkAppId = backend.App, Staffs = [Row("ann@example.com", null, "Sales"), Row("bob@example.com")],
        }, Cancellation);

        Assert.Equal([("bob@example.com", "FailedOperation.DuplicatedAccount")], retry.ErrorStaffList.Select(e => (e.StaffEmail, e.Code)));
        Assert.Single(await backend.SkillGroupsOfAsync("ann@example.com"));
    }

    [Theory]
    [InlineData("eleven rows", "InvalidParameterValue")]
    [InlineData("no rows", "InvalidParameterValue")]
    [InlineData("a row without StaffNumber", "MissingParameter")]
    [InlineData("a row with a numeric Mail", "InvalidParameter")]
    public async Task A_malformed_request_creates_nobody_not_even_its_good_rows(string mistake, string code)
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var good = new { Name = "Ann", Mail = "ann@example.com", StaffNumber = "1" };
        object[] staffs = mistake switch
        {
            "eleven rows" => [.. Enumerable.Range(0, 11).Select(i => new { Name = "A", Mail = $"a{i}@example.com", StaffNumber = $"{i}" })],
            "no rows" => [],
            "a row without StaffNumber" => [good, new { Name = "Bob", Mail = "bob@example.com" }],
            _ => [good, new { Name = "Bob", Mail = 42, StaffNumber = "2" }],
        };

        await ApiError.ExpectAsync(code, () => backend.Client.SendAsync<CreateStaffResponse>(
            "CreateStaff", new { SdkAppId = backend.App, Staffs = staffs }, Cancellation));

        Assert.Empty(await backend.DescribeAgentsAsync());
    }
}
