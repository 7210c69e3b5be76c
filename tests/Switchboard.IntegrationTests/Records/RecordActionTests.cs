using System.Text.Json;
using Switchboard.Chat;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.IntegrationTests.ClientScenarios;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Records;

/// <summary>DescribeIMCdrs, DescribeIMCdrList and DescribeChatMessages through the .NET client, against rows the desk would write.</summary>
public sealed class RecordActionTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    // 2026-11-20T10:00:00Z
    private const long T0 = 1_795_168_800;
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DescribeIMCdrs_pages_the_records_that_started_in_the_window_with_every_field()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var seed = new ChatRecordSeed(fixture.Host, backend.App);
        var session = await seed.SessionAsync("v-1", T0 * 1000);
        var served = await seed.RecordAsync(session, T0 * 1000 + 400, acceptedAtMs: T0 * 1000 + 5_000, endedAtMs: T0 * 1000 + 65_900,
            agentMail: "Ann@Example.com", endStatus: 101, skillGroupId: 12, nickname: "<b>Ann</b>");
        var unanswered = await seed.RecordAsync(session, (T0 + 66) * 1000, acceptedAtMs: null, endedAtMs: (T0 + 90) * 1000,
            agentMail: null, endStatus: 3, skillGroupId: 13);
        for (var i = 0; i < 3; i++) await seed.RecordAsync(Guid.NewGuid().ToString(), (T0 + 100 + i) * 1000, (T0 + 101 + i) * 1000, (T0 + 200) * 1000);
        await seed.RecordAsync(Guid.NewGuid().ToString(), (T0 + 3_601) * 1000, null, (T0 + 3_700) * 1000); // after the window
        await new ChatRecordSeed(fixture.Host, backend.Tenant.OtherOwnersSdkAppId).RecordAsync(Guid.NewGuid().ToString(), (T0 + 5) * 1000, null, (T0 + 6) * 1000);

        var first = await backend.Client.DescribeIMCdrsAsync(new() { SdkAppId = backend.App, StartTimestamp = T0, EndTimestamp = T0 + 3_600, Limit = 2 }, Cancellation);
        var second = await backend.Client.DescribeIMCdrsAsync(new() { SdkAppId = backend.App, StartTimestamp = T0, EndTimestamp = T0 + 3_600, Limit = 2, Offset = 2 }, Cancellation);
        var last = await backend.Client.DescribeIMCdrsAsync(new() { SdkAppId = backend.App, StartTimestamp = T0, EndTimestamp = T0 + 3_600, Limit = 2, Offset = 4 }, Cancellation);

        Assert.Equal((5, 5, 5), (first.TotalCount, second.TotalCount, last.TotalCount));
        Assert.Equal([2, 2, 1], new[] { first.IMCdrList.Count, second.IMCdrList.Count, last.IMCdrList.Count });
        Assert.Equal(first.IMCdrList, first.IMCdrs);
        Assert.Equal(5, first.IMCdrList.Concat(second.IMCdrList).Concat(last.IMCdrList).Select(r => r.Id).Distinct().Count());
        Assert.Equal(new IMCdrInfo
        {
            Id = served.Id.ToString(), SessionId = session, Duration = 60, EndStatus = 101, Nickname = "<b>Ann</b>", Type = 2,
            StaffId = "Ann@Example.com", Timestamp = T0, SkillGroupId = "12", SkillGroupName = "Group 12", Satisfaction = null, ClientUserId = "v-1",
        }, first.IMCdrList[0]);
        var never = first.IMCdrList[1];
        Assert.Equal((unanswered.Id.ToString(), session, 0L, 3L, "", "13", T0 + 66), (never.Id, never.SessionId, never.Duration, never.EndStatus, never.StaffId, never.SkillGroupId, never.Timestamp));
    }

    [Fact]
    public async Task The_window_includes_both_of_its_seconds_and_Type_selects_text_chats()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var seed = new ChatRecordSeed(fixture.Host, backend.App);
        await seed.RecordAsync("before", T0 * 1000 - 1, null, T0 * 1000 + 10);
        await seed.RecordAsync("at-start", T0 * 1000, null, T0 * 1000 + 10);
        await seed.RecordAsync("at-end", (T0 + 10) * 1000 + 999, null, (T0 + 11) * 1000);
        await seed.RecordAsync("after", (T0 + 11) * 1000, null, (T0 + 12) * 1000);

        var all = await backend.Client.DescribeIMCdrListAsync(new() { SdkAppId = backend.App, StartTimestamp = T0, EndTimestamp = T0 + 10 }, Cancellation);
        var text = await backend.Client.DescribeIMCdrListAsync(new() { SdkAppId = backend.App, StartTimestamp = T0, EndTimestamp = T0 + 10, Type = 2 }, Cancellation);
        var omni = await backend.Client.DescribeIMCdrListAsync(new() { SdkAppId = backend.App, StartTimestamp = T0, EndTimestamp = T0 + 10, Type = 1 }, Cancellation);
        var beyond = await backend.Client.DescribeIMCdrListAsync(new() { SdkAppId = backend.App, StartTimestamp = T0, EndTimestamp = T0 + 10, Offset = 5 }, Cancellation);

        Assert.Equal(["at-start", "at-end"], all.IMCdrList.Select(r => r.SessionId));
        Assert.Equal(["at-start", "at-end"], text.IMCdrList.Select(r => r.SessionId));
        Assert.Equal((0, 0), (omni.TotalCount, omni.IMCdrList.Count));
        Assert.Equal((2, 0), (beyond.TotalCount, beyond.IMCdrList.Count));
    }

    public static TheoryData<string, string, string> BadCdrQueries => new()
    {
        { """{"StartTimestamp":100,"EndTimestamp":200,"Limit":0}""", ErrorCodes.InvalidParameter, "Limit must be between 1 and 100, not 0." },
        { """{"StartTimestamp":100,"EndTimestamp":200,"Limit":101}""", ErrorCodes.InvalidParameter, "Limit must be between 1 and 100, not 101." },
        { """{"StartTimestamp":100,"EndTimestamp":200,"Offset":-1}""", ErrorCodes.InvalidParameter, "Offset must not be negative" },
        { """{"StartTimestamp":200,"EndTimestamp":100}""", ErrorCodes.InvalidParameter, "EndTimestamp must not be before StartTimestamp." },
        { """{"StartTimestamp":-5,"EndTimestamp":100}""", ErrorCodes.InvalidParameter, "StartTimestamp must be a unix time in seconds" },
        { """{"StartTimestamp":0,"EndTimestamp":9223372036854775807}""", ErrorCodes.InvalidParameter, "EndTimestamp must be a unix time in seconds" },
        { """{"StartTimestamp":100,"EndTimestamp":200,"Type":3}""", ErrorCodes.InvalidParameter, "Type must be 1 (omni-channel) or 2 (text), not 3." },
        { """{"StartTimestamp":100}""", ErrorCodes.MissingParameter, "EndTimestamp" },
        { """{"StartTimestamp":"100","EndTimestamp":200}""", ErrorCodes.InvalidParameter, "StartTimestamp" },
    };

    [Theory]
    [MemberData(nameof(BadCdrQueries))]
    public async Task Bad_record_queries_are_refused_with_Tencents_codes(string body, string code, string message)
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        foreach (var action in new[] { "DescribeIMCdrs", "DescribeIMCdrList" })
        {
            var withApp = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
            withApp["SdkAppId"] = JsonSerializer.SerializeToElement(backend.App);
            var error = await ApiError.ExpectAsync(code, () => backend.Client.SendAsync<DescribeIMCdrListResponse>(action, withApp, Cancellation));
            Assert.Contains(message, error.Message);
        }
    }

    [Fact]
    public async Task DescribeIMCdrs_requires_the_application_and_another_owners_application_does_not_exist()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var other = backend.Tenant.OtherOwnersSdkAppId;
        await new ChatRecordSeed(fixture.Host, other).RecordAsync("theirs", T0 * 1000, null, T0 * 1000 + 1);

        var missing = await ApiError.ExpectAsync(ErrorCodes.MissingParameter,
            () => backend.Client.DescribeIMCdrsAsync(new() { StartTimestamp = T0, EndTimestamp = T0 + 10 }, Cancellation));
        Assert.Contains("SdkAppId", missing.Message);
        await ApiError.ExpectAsync(ErrorCodes.InstanceNotExist,
            () => backend.Client.DescribeIMCdrsAsync(new() { SdkAppId = other, StartTimestamp = T0, EndTimestamp = T0 + 10 }, Cancellation));
        await ApiError.ExpectAsync(ErrorCodes.InstanceNotExist,
            () => backend.Client.DescribeIMCdrListAsync(new() { SdkAppId = other, StartTimestamp = T0, EndTimestamp = T0 + 10 }, Cancellation));
        await ApiError.ExpectAsync(ErrorCodes.InstanceNotExist,
            () => backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = other, SessionId = "theirs" }, Cancellation));
    }

    [Fact]
    public async Task DescribeChatMessages_reads_the_transcript_newest_first_by_default_with_attachments_described()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var seed = new ChatRecordSeed(fixture.Host, backend.App);
        var session = await seed.SessionAsync("v-1", T0 * 1000);
        var photo = await seed.AttachmentAsync(session, "cat \"1\".png", "image/png", 2048, isImage: true);
        var invoice = await seed.AttachmentAsync(session, "invoice.pdf", "application/pdf", 90_000, isImage: false);
        await seed.MessageAsync(session, T0 * 1000 + 100, ChatParticipantRole.Visitor, "v-1", ChatMessageTypes.Text, "hello <script>x</script> 👋");
        await seed.MessageAsync(session, T0 * 1000 + 200, ChatParticipantRole.System, "system", ChatMessageTypes.Event, "agent joined");
        await seed.MessageAsync(session, (T0 + 2) * 1000, ChatParticipantRole.Agent, "ann@example.com", ChatMessageTypes.Text, "Hi, how can I help?");
        await seed.MessageAsync(session, (T0 + 3) * 1000, ChatParticipantRole.Visitor, "v-1", ChatMessageTypes.Image, photo.Id);
        await seed.MessageAsync(session, (T0 + 4) * 1000, ChatParticipantRole.Agent, "ann@example.com", ChatMessageTypes.File, invoice.Id);

        var newest = await backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, SessionId = session }, Cancellation);
        var oldest = await backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, SessionId = session, Order = 1, Limit = 2 }, Cancellation);
        var oldestNext = await backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, SessionId = session, Order = 1, Limit = 2, Offset = 2 }, Cancellation);

        Assert.Equal(4, newest.TotalCount);
        Assert.Equal(["TIMFileElem", "TIMImageElem", "TIMTextElem", "TIMTextElem"], newest.Messages.Select(m => Assert.Single(m.Messages).Type));
        Assert.Equal(["ann@example.com", "v-1", "ann@example.com", "v-1"], newest.Messages.Select(m => m.From));
        Assert.Equal([T0 + 4, T0 + 3, T0 + 2, T0], newest.Messages.Select(m => m.Timestamp));
        Assert.Equal((4, 4), (oldest.TotalCount, oldestNext.TotalCount));
        Assert.Equal(["hello <script>x</script> 👋", "Hi, how can I help?"], oldest.Messages.Select(m => m.Messages[0].Content));

        using var image = JsonDocument.Parse(oldestNext.Messages[0].Messages[0].Content);
        Assert.Equal((photo.Id, "cat \"1\".png", "image/png", 2048L),
            (image.RootElement.GetProperty("Id").GetString(), image.RootElement.GetProperty("FileName").GetString(),
             image.RootElement.GetProperty("ContentType").GetString(), image.RootElement.GetProperty("Size").GetInt64()));
        using var file = JsonDocument.Parse(oldestNext.Messages[1].Messages[0].Content);
        Assert.Equal(("invoice.pdf", 90_000L), (file.RootElement.GetProperty("FileName").GetString(), file.RootElement.GetProperty("Size").GetInt64()));
    }

    [Fact]
    public async Task A_record_id_narrows_the_transcript_to_that_service()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var seed = new ChatRecordSeed(fixture.Host, backend.App);
        var session = await seed.SessionAsync("v-1", T0 * 1000);
        var first = await seed.RecordAsync(session, T0 * 1000, T0 * 1000 + 10, (T0 + 10) * 1000, agentMail: "ann@example.com", endStatus: 101);
        var second = await seed.RecordAsync(session, (T0 + 10) * 1000, (T0 + 11) * 1000, (T0 + 20) * 1000, agentMail: "bob@example.com");
        await seed.MessageAsync(session, (T0 + 5) * 1000, ChatParticipantRole.Agent, "ann@example.com", ChatMessageTypes.Text, "transferring you");
        await seed.MessageAsync(session, (T0 + 15) * 1000, ChatParticipantRole.Agent, "bob@example.com", ChatMessageTypes.Text, "Bob here");

        var ann = await backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, CdrId = first.Id.ToString() }, Cancellation);
        var bob = await backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, CdrId = second.Id.ToString(), SessionId = session }, Cancellation);
        var whole = await backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, SessionId = session }, Cancellation);

        Assert.Equal(["transferring you"], ann.Messages.Select(m => m.Messages[0].Content));
        Assert.Equal(["Bob here"], bob.Messages.Select(m => m.Messages[0].Content));
        Assert.Equal(2, whole.TotalCount);
        await ApiError.ExpectAsync(ErrorCodes.RecordNotExist,
            () => backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, CdrId = first.Id.ToString(), SessionId = "another" }, Cancellation));
    }

    [Fact]
    public async Task Sessions_and_records_of_other_applications_and_bad_paging_are_refused()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var theirs = new ChatRecordSeed(fixture.Host, backend.Tenant.OtherOwnersSdkAppId);
        var session = await theirs.SessionAsync("v-9", T0 * 1000);
        var record = await theirs.RecordAsync(session, T0 * 1000, null, T0 * 1000 + 1);
        await theirs.MessageAsync(session, T0 * 1000, ChatParticipantRole.Visitor, "v-9", ChatMessageTypes.Text, "secret");
        var ours = await new ChatRecordSeed(fixture.Host, backend.App).SessionAsync("v-1", T0 * 1000);

        await ApiError.ExpectAsync(ErrorCodes.RecordNotExist, () => backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, SessionId = session }, Cancellation));
        await ApiError.ExpectAsync(ErrorCodes.RecordNotExist, () => backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, CdrId = record.Id.ToString() }, Cancellation));
        await ApiError.ExpectAsync(ErrorCodes.RecordNotExist, () => backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, SessionId = new string('x', 5000) }, Cancellation));
        await ApiError.ExpectAsync(ErrorCodes.RecordNotExist, () => backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, CdrId = "-1" }, Cancellation));
        await ApiError.ExpectAsync(ErrorCodes.MissingParameter, () => backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App }, Cancellation));
        var limit = await ApiError.ExpectAsync(ErrorCodes.InvalidParameterValue, () => backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, SessionId = ours, Limit = 101 }, Cancellation));
        Assert.Contains("Limit", limit.Message);
        var order = await ApiError.ExpectAsync(ErrorCodes.InvalidParameterValue, () => backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, SessionId = ours, Order = 3 }, Cancellation));
        Assert.Contains("Order", order.Message);
        var empty = await backend.Client.DescribeChatMessagesAsync(new() { SdkAppId = backend.App, SessionId = ours }, Cancellation);
        Assert.Equal((0, 0), (empty.TotalCount, empty.Messages.Count));
    }
}
