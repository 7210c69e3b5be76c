using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;
using static Switchboard.IntegrationTests.NodeInterop.SdkAnswer;

namespace Switchboard.IntegrationTests.NodeInterop;

/// <summary>
/// The endpoint forms customers write into the SDK's httpProfile besides <c>127.0.0.1:PORT</c>: a path prefix
/// (the SDK then posts to <c>/tccc/</c> and signs that path) and a host name, for which the SDK puts
/// <c>localhost:PORT</c> into the credential scope as the service.
/// </summary>
public sealed class NodeSdkEndpointFormTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private const string PathPrefix = "path prefix";
    private const string Localhost = "localhost";

    public static TheoryData<string, string> FormsAndStyles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var form in new[] { PathPrefix, Localhost })
                foreach (var style in SigningStyle.All)
                    data.Add(form, style.Name);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(FormsAndStyles))]
    public async Task Agents_are_set_up_and_logged_in_through_the_endpoint_form(string form, string style)
    {
        var backend = await NodeSdkBackend.ConnectAsync(fixture.Host, SigningStyle.Named(style));
        var port = fixture.Host.BaseAddress.Port;
        var (endpoint, scriptBase) = form == PathPrefix
            ? ($"{fixture.Host.Endpoint}/tccc", $"http://{fixture.Host.Endpoint}/sdk/tccc.js?")
            : ($"localhost:{port}", $"http://localhost:{port}/sdk/tccc.js?");
        var app = backend.App;

        var r = await backend.RunAsync(backend.Script(
            new NodeCall("CreateCCCSkillGroup", new CreateCCCSkillGroupRequest { SdkAppId = app, SkillGroupName = "Front desk", SkillGroupType = 0 }),
            new NodeCall("CreateStaff", new CreateStaffRequest
            {
                SdkAppId = app,
                Staffs = [new SeatUserInfo { Name = "Ann", Mail = "ann@example.com", StaffNumber = "1", SkillGroupNameList = ["Front desk"] }],
            }),
            new NodeCall("DescribeStaffInfoList", new DescribeStaffInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0 }),
            new NodeCall("CreateSDKLoginToken", new CreateSDKLoginTokenRequest { SdkAppId = app, SeatUserId = "ann@example.com", OnlyOnce = true }))
            with { Endpoint = endpoint });

        var groupId = Number(Succeeded(r[0]), "SkillGroupId");
        Assert.Empty(Items(Succeeded(r[1]), "ErrorStaffList"));
        var ann = Assert.Single(Items(Succeeded(r[2]), "StaffList"));
        Assert.Equal(groupId, Number(Assert.Single(Items(ann, "SkillGroupList")), "SkillGroupId"));
        // The script URL names the host the backend reached the server by; the script is served at the root.
        Assert.StartsWith(scriptBase, Text(Succeeded(r[3]), "SdkURL"));
        Assert.Equal(1, await fixture.Host.CountAgentsAsync(app));
    }
}
