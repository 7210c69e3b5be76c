using Switchboard.Chat;
using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.IntegrationTests.NodeInterop;
using static Switchboard.IntegrationTests.NodeInterop.SdkAnswer;

namespace Switchboard.IntegrationTests.Records;

/// <summary>The chat record actions through the official Node SDK's typed methods, in every signing style.</summary>
public sealed class NodeSdkRecordTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private const long T0 = 1_795_168_800;

    public static TheoryData<string> Styles => SigningStyle.Names;

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_backend_reads_records_and_transcripts_with_the_official_sdk(string style)
    {
        var backend = await NodeSdkBackend.ConnectAsync(fixture.Host, SigningStyle.Named(style));
        var seed = new ChatRecordSeed(fixture.Host, backend.App);
        var session = await seed.SessionAsync("v-42", T0 * 1000, nickname: "Zoë");
        var record = await seed.RecordAsync(session, T0 * 1000, (T0 + 3) * 1000, (T0 + 33) * 1000, agentMail: "ann@example.com", visitorId: "v-42", nickname: "Zoë");
        await seed.MessageAsync(session, T0 * 1000 + 500, ChatParticipantRole.Visitor, "v-42", ChatMessageTypes.Text, "Where is my parcel?");
        await seed.MessageAsync(session, (T0 + 4) * 1000, ChatParticipantRole.Agent, "ann@example.com", ChatMessageTypes.Text, "Let me check.");

        var r = await backend.RunAsync(
            new NodeCall("DescribeIMCdrs", new DescribeIMCdrsRequest { SdkAppId = backend.App, StartTimestamp = T0 - 60, EndTimestamp = T0 + 60, Limit = 10 }),
            new NodeCall("DescribeIMCdrList", new DescribeIMCdrListRequest { SdkAppId = backend.App, StartTimestamp = T0 - 60, EndTimestamp = T0 + 60 }),
            new NodeCall("DescribeChatMessages", new DescribeChatMessagesRequest { SdkAppId = backend.App, SessionId = session, Order = 1 }),
            new NodeCall("DescribeChatMessages", new DescribeChatMessagesRequest { SdkAppId = backend.App, SessionId = "no-such-session" }),
            new NodeCall("DescribeIMCdrs", new DescribeIMCdrsRequest { SdkAppId = backend.App, StartTimestamp = T0, EndTimestamp = T0 + 60, Limit = 500 }));

        var cdrs = Succeeded(r[0]);
        Assert.Equal(1, Number(cdrs, "TotalCount"));
        foreach (var list in new[] { cdrs.GetProperty("IMCdrList"), cdrs.GetProperty("IMCdrs"), Succeeded(r[1]).GetProperty("IMCdrList") })
        {
            var info = Assert.Single(list.EnumerateArray());
            Assert.Equal((record.Id.ToString(), session, "ann@example.com", "7", "Zoë", "v-42"),
                (Text(info, "Id"), Text(info, "SessionId"), Text(info, "StaffId"), Text(info, "SkillGroupId"), Text(info, "Nickname"), Text(info, "ClientUserId")));
            Assert.Equal((30L, 1L, 2L, T0), (Number(info, "Duration"), Number(info, "EndStatus"), Number(info, "Type"), Number(info, "Timestamp")));
            Assert.Equal("Group 7", Text(info, "SkillGroupName"));
        }
        Assert.False(Succeeded(r[1]).TryGetProperty("IMCdrs", out _));

        var transcript = Succeeded(r[2]);
        Assert.Equal(2, Number(transcript, "TotalCount"));
        var messages = transcript.GetProperty("Messages").EnumerateArray().ToList();
        Assert.Equal(("v-42", T0, "TIMTextElem", "Where is my parcel?"),
            (Text(messages[0], "From"), Number(messages[0], "Timestamp"), Text(messages[0].GetProperty("Messages")[0], "Type"), Text(messages[0].GetProperty("Messages")[0], "Content")));
        Assert.Equal(("ann@example.com", "Let me check."), (Text(messages[1], "From"), Text(messages[1].GetProperty("Messages")[0], "Content")));

        Assert.Contains("no-such-session", Failed(r[3], "InvalidParameterValue.RecordNotExist"));
        Assert.Contains("Limit", Failed(r[4], "InvalidParameter"));
    }
}
