using System.Text.Json;
using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Sdk;
using static Switchboard.IntegrationTests.NodeInterop.SdkAnswer;

namespace Switchboard.IntegrationTests.NodeInterop;

/// <summary>
/// A backend sets up its contact center with the official Node SDK, exactly as the TCCC integration guide
/// has it: skill groups, agents, paging and filters, edits, memberships, deletions and an agent's SDK login.
/// All twelve actions, once per signing style, so that flattened GET queries and v1 form posts carry the
/// nested, non-ASCII and reserved-character values as faithfully as TC3 JSON does.
/// </summary>
public sealed class NodeSdkAgentFlowTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    // Reserved characters of queries and forms (&, +, =, %) and non-ASCII, in names, mails and the password.
    private const string Billing = "Billing & Refunds";
    private const string Sales = "Sales 100%";
    private const string Chat = "Chat";
    private const string Ann = "ann+sales@example.com";
    private const string Bob = "bob@example.com";
    private const string Cy = "cy@example.com";
    private const string AnnName = "Zoë Ōtani = Ann";
    private const string Password = "Pässwörd+&=%20 x";

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static TheoryData<string> Styles => SigningStyle.Names;

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_backend_runs_every_action_through_the_official_sdk(string style)
    {
        var backend = await NodeSdkBackend.ConnectAsync(fixture.Host, SigningStyle.Named(style));

        var groups = await SetUpGroupsAndAgentsAsync(backend);
        var login = await ReorganizeAsync(backend, groups);

        var ann = await backend.FindAgentAsync(Ann);
        Assert.NotNull(ann);
        Assert.True(ann.UseMobileCallOut);
        Assert.Equal(2, ann.UseMobileAccept);
        Assert.DoesNotContain(Password, ann.PasswordHash);
        Assert.True(StoredPassword.Verifies(Password, ann.PasswordHash), "the stored hash is not of the password the SDK sent");
        Assert.Null((await backend.FindAgentAsync(Bob))!.PasswordHash);
        Assert.Null(await backend.FindAgentAsync(Cy));
        Assert.Equal([groups.Sales, groups.Chat], await backend.SkillGroupIdsAsync());
        Assert.Equal(SdkLoginRedemption.Redeemed, await backend.RedeemSdkTokenAsync(Ann, login));
        Assert.Equal(SdkLoginRedemption.AlreadyUsed, await backend.RedeemSdkTokenAsync(Ann, login));
    }

    private sealed record GroupIds(long Billing, long Sales, long Chat);

    /// <summary>Creates three groups and three agents, and reads them back page by page and by filter.</summary>
    private static async Task<GroupIds> SetUpGroupsAndAgentsAsync(NodeSdkBackend backend)
    {
        var app = backend.App;
        var r = await backend.RunAsync(
            new NodeCall("CreateCCCSkillGroup", new CreateCCCSkillGroupRequest { SdkAppId = app, SkillGroupName = Billing, SkillGroupType = 0 }),
            new NodeCall("CreateCCCSkillGroup", new CreateCCCSkillGroupRequest { SdkAppId = app, SkillGroupName = Sales, SkillGroupType = 0 }),
            new NodeCall("CreateCCCSkillGroup", new CreateCCCSkillGroupRequest { SdkAppId = app, SkillGroupName = Chat, SkillGroupType = 1, MaxConcurrency = 3 }),
            new NodeCall("DescribeSkillGroupInfoList", new DescribeSkillGroupInfoListRequest { SdkAppId = app, PageSize = 2, PageNumber = 0 }),
            new NodeCall("DescribeSkillGroupInfoList", new DescribeSkillGroupInfoListRequest { SdkAppId = app, PageSize = 2, PageNumber = 1 }),
            new NodeCall("DescribeSkillGroupInfoList", new DescribeSkillGroupInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0, SkillGroupName = Chat }),
            new NodeCall("CreateStaff", new CreateStaffRequest
            {
                SdkAppId = app,
                SendPassword = false,
                Staffs =
                [
                    new SeatUserInfo { Name = AnnName, Mail = Ann, StaffNumber = "1001", SkillGroupNameList = [Billing, Sales] },
                    new SeatUserInfo { Name = "Bob", Mail = Bob, StaffNumber = "1002", Nick = "bobby", SkillGroupNameList = [Billing] },
                    new SeatUserInfo { Name = "Cy", Mail = Cy, StaffNumber = "1003" },
                ],
            }),
            new NodeCall("CreateStaff", new CreateStaffRequest
            {
                SdkAppId = app,
                Staffs = [new SeatUserInfo { Name = "Ann again", Mail = Ann, StaffNumber = "1009" }],
            }),
            new NodeCall("DescribeStaffInfoList", new DescribeStaffInfoListRequest { SdkAppId = app, PageSize = 2, PageNumber = 0 }),
            new NodeCall("DescribeStaffInfoList", new DescribeStaffInfoListRequest { SdkAppId = app, PageSize = 2, PageNumber = 1 }),
            new NodeCall("DescribeStaffInfoList", new DescribeStaffInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0, StaffMail = "BOB@example.com" }));

        var ids = new GroupIds(Number(Succeeded(r[0]), "SkillGroupId"), Number(Succeeded(r[1]), "SkillGroupId"), Number(Succeeded(r[2]), "SkillGroupId"));
        Assert.Equal(3, new[] { ids.Billing, ids.Sales, ids.Chat }.Distinct().Count());

        var firstGroups = Succeeded(r[3]);
        Assert.Equal(3, Number(firstGroups, "TotalCount"));
        Assert.Equal([Billing, Sales], Texts(firstGroups, "SkillGroupList", "SkillGroupName"));
        Assert.Equal([Chat], Texts(Succeeded(r[4]), "SkillGroupList", "SkillGroupName"));
        var chat = Assert.Single(Items(Succeeded(r[5]), "SkillGroupList"));
        Assert.Equal(ids.Chat, Number(chat, "SkillGroupId"));
        Assert.Equal(1, Number(chat, "SkillGroupType"));
        Assert.Equal("IM", Text(chat, "Type"));
        Assert.Equal(3, Number(chat, "MaxConcurrency"));
        Assert.False(Flag(chat, "RingAll"));

        Assert.Empty(Items(Succeeded(r[6]), "ErrorStaffList"));
        var duplicate = Assert.Single(Items(Succeeded(r[7]), "ErrorStaffList"));
        Assert.Equal("FailedOperation.DuplicatedAccount", Text(duplicate, "Code"));
        Assert.Equal(Ann, Text(duplicate, "StaffEmail"));

        var firstPage = Succeeded(r[8]);
        Assert.Equal(3, Number(firstPage, "TotalCount"));
        Assert.Equal([Ann, Bob], Texts(firstPage, "StaffList", "Mail"));
        var ann = Items(firstPage, "StaffList")[0];
        Assert.Equal(AnnName, Text(ann, "Name"));
        Assert.Equal("1001", Text(ann, "StaffNumber"));
        Assert.Equal([Billing, Sales], Texts(ann, "SkillGroupList", "SkillGroupName"));
        var secondPage = Succeeded(r[9]);
        Assert.Equal(3, Number(secondPage, "TotalCount"));
        Assert.Equal([Cy], Texts(secondPage, "StaffList", "Mail"));
        Assert.Empty(Items(Items(secondPage, "StaffList")[0], "SkillGroupList"));
        var bob = Assert.Single(Items(Succeeded(r[10]), "StaffList"));
        Assert.Equal(("Bob", "bobby"), (Text(bob, "Name"), Text(bob, "Nick")));
        return ids;
    }

    /// <summary>Edits agents and groups, deletes what is no longer needed, and logs Ann in; answers her token.</summary>
    private static async Task<string> ReorganizeAsync(NodeSdkBackend backend, GroupIds groups)
    {
        var app = backend.App;
        var issuedAfter = Now;
        var r = await backend.RunAsync(
            new NodeCall("DescribeStaffInfoList", new DescribeStaffInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0, SkillGroupId = groups.Billing }),
            new NodeCall("ModifyStaff", new ModifyStaffRequest
            {
                SdkAppId = app,
                Email = Ann,
                Name = "Ann Lee",
                Nick = "annie",
                Phone = "008613800000001",
                StaffNo = "A-7",
                SkillGroupIds = [groups.Sales, groups.Chat],
                UseMobileCallOut = true,
                UseMobileAccept = 2,
                ExtensionNumber = "8001",
                ForwardingConfig = new ForwardingConfig { Enabled = true, Condition = 2, Target = new ForwardingTarget { Type = 1, StaffUserId = Bob } },
            }),
            new NodeCall("ModifyStaffPassword", new ModifyStaffPasswordRequest { SdkAppId = app, Email = Ann, Password = Password }),
            new NodeCall("BindStaffSkillGroupList", new BindStaffSkillGroupListRequest
            {
                SdkAppId = app,
                StaffEmail = Bob,
                StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = groups.Sales, Priority = 1 }, new StaffSkillGroupList { SkillGroupId = groups.Billing, Priority = 5 }],
            }),
            new NodeCall("UnbindStaffSkillGroupList", new UnbindStaffSkillGroupListRequest { SdkAppId = app, StaffEmail = Ann, SkillGroupList = [groups.Chat] }),
            // The SDK's model spells this one field SkillGroupID; sent exactly so.
            new NodeCall("UpdateCCCSkillGroup", new UpdateCCCSkillGroupRequest { SdkAppId = app, SkillGroupID = groups.Billing, SkillGroupName = "Billing", RingAll = true, MaxConcurrency = 1 }),
            new NodeCall("DeleteCCCSkillGroup", new DeleteCCCSkillGroupRequest { SdkAppId = app, SkillGroupId = groups.Billing }),
            new NodeCall("DescribeStaffInfoList", new DescribeStaffInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0, StaffMail = Ann }),
            new NodeCall("DescribeStaffInfoList", new DescribeStaffInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0, StaffMail = Bob }),
            new NodeCall("DescribeSkillGroupInfoList", new DescribeSkillGroupInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0, SkillGroupId = groups.Billing }),
            new NodeCall("UnbindStaffSkillGroupList", new UnbindStaffSkillGroupListRequest { SdkAppId = app, StaffEmail = Bob, SkillGroupList = [groups.Billing] }),
            new NodeCall("DeleteCCCSkillGroup", new DeleteCCCSkillGroupRequest { SdkAppId = app, SkillGroupId = groups.Billing }),
            new NodeCall("DeleteStaff", new DeleteStaffRequest { SdkAppId = app, StaffList = [Cy, "ghost@example.com"] }),
            new NodeCall("CreateSDKLoginToken", new CreateSDKLoginTokenRequest { SdkAppId = app, SeatUserId = Ann, OnlyOnce = true }),
            new NodeCall("DescribeStaffInfoList", new DescribeStaffInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0 }),
            new NodeCall("DescribeSkillGroupInfoList", new DescribeSkillGroupInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0 }));

        var billingMembers = Succeeded(r[0]);
        Assert.Equal(2, Number(billingMembers, "TotalCount"));
        Assert.Equal([Ann, Bob], Texts(billingMembers, "StaffList", "Mail"));
        // ModifyStaff, ModifyStaffPassword, Bind, Unbind and UpdateCCCSkillGroup have no outputs but the RequestId.
        for (var i = 1; i <= 5; i++)
            Assert.Equal(["RequestId"], Succeeded(r[i]).EnumerateObject().Select(p => p.Name));
        Assert.Contains($"{groups.Billing}", Failed(r[6], "ResourceUnavailable"));

        AssertAnnAfterEdits(Assert.Single(Items(Succeeded(r[7]), "StaffList")), groups);
        var bob = Assert.Single(Items(Succeeded(r[8]), "StaffList"));
        Assert.Equal(
            [(groups.Billing, "Billing", 5L), (groups.Sales, Sales, 1L)],
            Items(bob, "SkillGroupList").Select(g => (Number(g, "SkillGroupId"), Text(g, "SkillGroupName"), Number(g, "Priority"))).OrderBy(g => g.Item1));
        var billing = Assert.Single(Items(Succeeded(r[9]), "SkillGroupList"));
        Assert.Equal("Billing", Text(billing, "SkillGroupName"));
        Assert.True(Flag(billing, "RingAll"));
        Assert.Equal(1, Number(billing, "MaxConcurrency"));

        Succeeded(r[10]);
        Succeeded(r[11]);
        var deleted = Succeeded(r[12]);
        Assert.Empty(Items(deleted, "OnlineStaffList"));
        Assert.Contains("ghost@example.com", Text(deleted, "DeleteStatusInfo"));

        var login = Succeeded(r[13]);
        var token = Text(login, "Token");
        Assert.InRange(Number(login, "ExpiredTime"), issuedAfter + 600, Now + 600);
        Assert.Equal(
            $"http://{backend.Host.Endpoint}/sdk/tccc.js?sdkAppId={app}&token={Uri.EscapeDataString(token)}&userid={Uri.EscapeDataString(Ann)}",
            Text(login, "SdkURL"));

        var agents = Succeeded(r[14]);
        Assert.Equal(2, Number(agents, "TotalCount"));
        Assert.Equal([Ann, Bob], Texts(agents, "StaffList", "Mail"));
        Assert.Equal([Sales, Chat], Texts(Succeeded(r[15]), "SkillGroupList", "SkillGroupName"));
        return token;
    }

    private static void AssertAnnAfterEdits(JsonElement ann, GroupIds groups)
    {
        Assert.Equal(("Ann Lee", "annie", "008613800000001", "A-7", "8001"),
            (Text(ann, "Name"), Text(ann, "Nick"), Text(ann, "Phone"), Text(ann, "StaffNumber"), Text(ann, "ExtensionNumber")));
        var membership = Assert.Single(Items(ann, "SkillGroupList"));
        Assert.Equal((groups.Sales, Sales, 3L), (Number(membership, "SkillGroupId"), Text(membership, "SkillGroupName"), Number(membership, "Priority")));
        var forwarding = ann.GetProperty("ForwardingConfig");
        Assert.True(Flag(forwarding, "Enabled"));
        Assert.Equal(2, Number(forwarding, "Condition"));
        Assert.Equal((1L, Bob), (Number(forwarding.GetProperty("Target"), "Type"), Text(forwarding.GetProperty("Target"), "StaffUserId")));
    }
}
