using Microsoft.Extensions.DependencyInjection;
using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.IntegrationTests.NodeInterop;
using Switchboard.Presence;
using static Switchboard.IntegrationTests.NodeInterop.SdkAnswer;

namespace Switchboard.IntegrationTests.Presence;

/// <summary>The presence actions called through the official Node SDK in every signing style, GET's flattened lists included.</summary>
public sealed class NodeSdkPresenceTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    public static TheoryData<string> Styles => SigningStyle.Names;

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_backend_sets_reads_and_locks_presence_with_the_official_sdk(string style)
    {
        var backend = await NodeSdkBackend.ConnectAsync(fixture.Host, SigningStyle.Named(style));
        var directory = fixture.Host.Services.GetRequiredService<IPresenceDirectory>();
        var created = await backend.RunAsync(new NodeCall("CreateStaff", new CreateStaffRequest
        {
            SdkAppId = backend.App,
            Staffs = [new() { Name = "Ann", Mail = "ann@example.com", StaffNumber = "7" }, new() { Name = "Bob", Mail = "bob@example.com", StaffNumber = "8" }],
        }));
        Succeeded(created[0]);
        Assert.True((await directory.ConnectAsync(new AgentKey(backend.App, "ann@example.com"), $"tab-{style}")).Accepted);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var r = await backend.RunAsync(
            new NodeCall("SetStaffStatus", new SetStaffStatusRequest
            {
                SdkAppId = backend.App,
                StaffStatusList = [new() { StaffUserId = "ann@example.com", Status = "rest", Reason = "Meeting" }, new() { StaffUserId = "bob@example.com", Status = "free" }],
            }),
            new NodeCall("DescribeStaffStatusMetrics", new DescribeStaffStatusMetricsRequest { SdkAppId = backend.App, StatusList = ["rest"] }),
            new NodeCall("DescribeStaffStatusHistory", new DescribeStaffStatusHistoryRequest
            {
                SdkAppId = backend.App, StaffUserId = "ann@example.com", StartTimestamp = now - 60, EndTimestamp = now + 60, PageSize = 10,
            }),
            new NodeCall("ForceMemberOffline", new ForceMemberOfflineRequest { SdkAppId = backend.App, UserId = "ghost@example.com" }),
            new NodeCall("ForceMemberOffline", new ForceMemberOfflineRequest { SdkAppId = backend.App, UserId = "ann@example.com" }),
            new NodeCall("DescribeStaffStatusMetrics", new DescribeStaffStatusMetricsRequest { SdkAppId = backend.App, StaffList = ["ann@example.com"] }),
            new NodeCall("RestoreMemberOnline", new RestoreMemberOnlineRequest { SdkAppId = backend.App, UserId = "ann@example.com" }));

        var items = Succeeded(r[0]).GetProperty("StaffStatusList");
        Assert.Equal(("", "rest", "Meeting", "free"), (Text(items[0], "ErrorCode"), Text(items[0], "Status"), Text(items[0], "Reason"), Text(items[0], "PreviousStatus")));
        Assert.Equal(("FailedOperation", "offline"), (Text(items[1], "ErrorCode"), Text(items[1], "Status")));

        var resting = Assert.Single(Succeeded(r[1]).GetProperty("Metrics").EnumerateArray());
        Assert.Equal(("ann@example.com", "rest", "Meeting"), (Text(resting, "Email"), Text(resting, "Status"), Text(resting, "Reason")));
        var client = Assert.Single(resting.GetProperty("ClientInfo").EnumerateArray());
        Assert.Equal(("Web", true), (Text(client, "ClientType"), Flag(client, "IsConnected")));
        Assert.True(Number(resting, "OnlineDuration") >= 0);

        var history = Succeeded(r[2]).GetProperty("Data").EnumerateArray().ToList();
        Assert.Equal(["free", "rest"], history.Select(h => Text(h, "Status")));
        Assert.All(history, h => Assert.Equal(("ann@example.com", "7"), (Text(h, "StaffEmail"), Text(h, "StaffNo"))));
        Assert.All(history, h => Assert.False(string.IsNullOrEmpty(Text(h, "Cursor"))));

        Failed(r[3], "InvalidParameterValue.AccountNotExist");
        Succeeded(r[4]);
        var forced = Assert.Single(Succeeded(r[5]).GetProperty("Metrics").EnumerateArray());
        Assert.Equal("offline", Text(forced, "Status"));
        Assert.False(Flag(forced.GetProperty("ClientInfo")[0], "IsConnected"));
        Succeeded(r[6]);
        Assert.False((await directory.GetAsync(new AgentKey(backend.App, "ann@example.com"))).ForcedOffline);
    }
}
