// Online chat on one server over loopback: A agents each serving C chats at once (A × C open chats, each a visitor
// hub connection); visitors send messages at a fixed rate and each is timed until the serving agent's workstation
// connection has it. The baseline is a GetState round trip on the agents' connections in the same run. Also the
// server's resident memory per open chat. Usage: bench/run-chat-load.
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.ChatLoad;
using Switchboard.Client;
using Switchboard.LoadKit;

ChatLoadSettings settings;
try
{
    settings = ChatLoadSettings.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(ChatLoadSettings.Usage);
    return 2;
}

var cancellation = CancellationToken.None;
var baseUri = new Uri($"http://{settings.Endpoint}/");
using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 64 }) { BaseAddress = baseUri };
using var client = new CccClient(new CccCredential(settings.SecretId, settings.SecretKey),
    new CccClientOptions { Endpoint = settings.Endpoint, Protocol = "http://" });

var clock = Stopwatch.StartNew();
var group = await ProvisionAsync();
var mails = Enumerable.Range(0, settings.Agents).Select(i => $"chat{i:0000}@bench.example.com").ToList();
Console.WriteLine($"chat group {group} with {settings.Agents} agents (at most {settings.ChatsPerAgent} chats each) in {clock.Elapsed.TotalSeconds:F1} s");

var agents = mails.Select(m => new SimulatedChatAgent(m)).ToArray();
var byMail = agents.ToDictionary(a => a.Mail, StringComparer.OrdinalIgnoreCase);
await Parallel.ForEachAsync(agents, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (agent, ct) =>
    await agent.ConnectAsync(new Uri(baseUri, "sdk/hub"), await LoginAsync(agent.Mail, ct), ct));
Console.WriteLine($"agents connected: {agents.Length}");

await Task.Delay(TimeSpan.FromSeconds(3));
var residentBefore = ServerMemory.ResidentBytes(settings.ServerPid);

clock.Restart();
var visitors = Enumerable.Range(0, settings.Chats).Select(_ => new SimulatedVisitor()).ToArray();
await Parallel.ForAsync(0, visitors.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
    await visitors[i].StartAsync(http, new Uri(baseUri, "chat/visitor/hub"), settings.SdkAppId, group, i, ct));
await Task.WhenAll(visitors.Select(v => v.WaitServedAsync(TimeSpan.FromSeconds(120))));
var openSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"chats open and served: {visitors.Length} in {openSeconds:F1} s");

await Task.Delay(TimeSpan.FromSeconds(5));
var residentAfter = ServerMemory.ResidentBytes(settings.ServerPid);
var perChat = (residentAfter - residentBefore) / (double)visitors.Length;
Console.WriteLine($"server resident memory: {residentBefore / 1048576.0:F1} MiB before the chats, {residentAfter / 1048576.0:F1} MiB with them " +
    $"({perChat / 1024:F1} KiB per open chat, visitor connection included)");

// Warm-up, not measured: JIT, pooled buffers, the store's first writes.
await MeasureAsync(Math.Min(500, settings.Samples), (visitor, ct) => visitor.SendAsync(byMail[visitor.AgentMail!], ct));
await MeasureAsync(Math.Min(500, settings.Samples), (visitor, ct) => byMail[visitor.AgentMail!].RoundTripAsync(ct));

var delivery = LatencySample.Of(await MeasureAsync(settings.Samples, (visitor, ct) => visitor.SendAsync(byMail[visitor.AgentMail!], ct)));
var roundTrip = LatencySample.Of(await MeasureAsync(settings.Samples, (visitor, ct) => byMail[visitor.AgentMail!].RoundTripAsync(ct)));
Console.WriteLine($"visitor message → agent screen ({settings.Rate} messages/s over {visitors.Length} chats): {delivery}");
Console.WriteLine($"baseline (GetState round trip on an agent connection):               {roundTrip}");
Console.WriteLine($"ratio delivery / baseline: p50 {delivery.P50 / roundTrip.P50:F2}x, p99 {delivery.P99 / roundTrip.P99:F2}x");
Console.WriteLine(JsonSerializer.Serialize(new
{
    settings.Agents, settings.ChatsPerAgent, chats = visitors.Length, settings.Rate,
    openSeconds = Math.Round(openSeconds, 1),
    residentBeforeMiB = Math.Round(residentBefore / 1048576.0, 1),
    residentAfterMiB = Math.Round(residentAfter / 1048576.0, 1),
    kibPerChat = Math.Round(perChat / 1024, 1),
    delivery, roundTrip,
}));

await Parallel.ForEachAsync(visitors, async (visitor, _) => await visitor.CloseAsync());
await Parallel.ForEachAsync(agents, async (agent, _) => await agent.CloseAsync());
return delivery.P99 < 50 ? 0 : 1;

async Task<long> ProvisionAsync()
{
    var name = $"bench-chat-{settings.ChatsPerAgent}";
    var groups = await client.DescribeSkillGroupInfoListAsync(new DescribeSkillGroupInfoListRequest { SdkAppId = settings.SdkAppId, PageSize = 100, PageNumber = 0, SkillGroupName = name });
    var id = groups.SkillGroupList?.FirstOrDefault()?.SkillGroupId
        ?? (await client.CreateCCCSkillGroupAsync(new CreateCCCSkillGroupRequest { SdkAppId = settings.SdkAppId, SkillGroupName = name, SkillGroupType = 1, MaxConcurrency = settings.ChatsPerAgent })).SkillGroupId;
    // Agents accept by hand (as a workstation would); nothing times out or waits between chats during the run.
    await client.ModifySkillGroupRoutingAsync(new ModifySkillGroupRoutingRequest
    {
        SdkAppId = settings.SdkAppId,
        Routing = new SkillGroupRoutingInfo { SkillGroupId = id, RingTimeoutSeconds = 120, AfterCallWorkSeconds = 0, VisitorIdleTimeoutSeconds = 0, MaxWaitSeconds = 0 },
    });
    var existing = await client.DescribeStaffInfoListAsync(new DescribeStaffInfoListRequest { SdkAppId = settings.SdkAppId, PageSize = 1, PageNumber = 0 });
    if (existing.TotalCount >= settings.Agents) return id;
    await Parallel.ForEachAsync(Enumerable.Range(0, settings.Agents).Chunk(10), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, ct) =>
    {
        var created = await client.CreateStaffAsync(new CreateStaffRequest
        {
            SdkAppId = settings.SdkAppId,
            Staffs = [.. batch.Select(i => new SeatUserInfo { Name = $"Agent {i}", Mail = $"chat{i:0000}@bench.example.com", StaffNumber = $"{i:0000}", SkillGroupNameList = [name] })],
        }, ct);
        if (created.ErrorStaffList is { Count: > 0 } errors && errors.Any(e => e.Code?.Contains("Exist", StringComparison.Ordinal) != true))
            throw new InvalidOperationException($"CreateStaff refused: {string.Join(", ", errors.Select(e => e.Code))}");
    });
    return id;
}

async Task<string> LoginAsync(string mail, CancellationToken ct)
{
    var token = await client.CreateSDKLoginTokenAsync(new CreateSDKLoginTokenRequest { SdkAppId = settings.SdkAppId, SeatUserId = mail }, ct);
    using var response = await http.PostAsJsonAsync("sdk/login", new { sdkAppId = settings.SdkAppId, userId = mail, token = token.Token }, ct);
    var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"login of {mail} refused: {body}");
    return body.GetProperty("session").GetString()!;
}

Task<List<double>> MeasureAsync(int count, Func<SimulatedVisitor, CancellationToken, Task<double>> operation) =>
    ScheduledLoad.RunAsync(visitors, count, settings.Rate, operation, cancellation);
