// Presence fan-out on one server over loopback: N agents with T workstation tabs each; a status change sent from
// one tab must reach all of the agent's tabs. Also measures a GetState round trip on the same connections as the
// baseline, and the server's resident memory before and after the tabs connect. Usage: bench/run-agent-hub-load.
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.AgentHubLoad;
using Switchboard.Client;
using Switchboard.LoadKit;

LoadSettings settings;
try
{
    settings = LoadSettings.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadSettings.Usage);
    return 2;
}

var cancellation = CancellationToken.None;
var baseUri = new Uri($"http://{settings.Endpoint}/");
using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 64 }) { BaseAddress = baseUri };
using var client = new CccClient(new CccCredential(settings.SecretId, settings.SecretKey),
    new CccClientOptions { Endpoint = settings.Endpoint, Protocol = "http://" });

var mails = Enumerable.Range(0, settings.Agents).Select(i => $"hub{i:0000}@bench.example.com").ToList();
var clock = Stopwatch.StartNew();
await ProvisionAgentsAsync();
Console.WriteLine($"agents provisioned: {settings.Agents} in {clock.Elapsed.TotalSeconds:F1} s");

clock.Restart();
var sessions = new string[settings.Agents, settings.Tabs];
await Parallel.ForAsync(0, settings.Connections, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, ct) =>
{
    var (agent, tab) = (n / settings.Tabs, n % settings.Tabs);
    sessions[agent, tab] = await LoginAsync(mails[agent], ct);
});
Console.WriteLine($"tabs logged in: {settings.Connections} in {clock.Elapsed.TotalSeconds:F1} s");

await Task.Delay(TimeSpan.FromSeconds(3));
var residentBefore = ServerMemory.ResidentBytes(settings.ServerPid);

clock.Restart();
var hub = new Uri(baseUri, "sdk/hub");
var agents = mails.Select(m => new SimulatedAgent(m)).ToArray();
// Tabs of one agent open one after the other (each keeps its index); agents open in parallel.
await Parallel.ForAsync(0, settings.Agents, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (a, ct) =>
{
    for (var t = 0; t < settings.Tabs; t++) await agents[a].OpenTabAsync(hub, sessions[a, t], ct);
});
var connectSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"tabs connected: {settings.Connections} in {connectSeconds:F1} s");

await Task.Delay(TimeSpan.FromSeconds(5));
var residentAfter = ServerMemory.ResidentBytes(settings.ServerPid);
var perAgent = (residentAfter - residentBefore) / (double)settings.Agents;
var perConnection = (residentAfter - residentBefore) / (double)settings.Connections;
Console.WriteLine($"server resident memory: {residentBefore / 1048576.0:F1} MiB before, {residentAfter / 1048576.0:F1} MiB after " +
    $"({perAgent / 1024:F1} KiB per agent, {perConnection / 1024:F1} KiB per connection)");

// Warm-up, not measured: JIT, grain code paths, pooled buffers.
await MeasureAsync(Math.Min(500, settings.Samples), (agent, ct) => agent.FlipAsync(ct));
await MeasureAsync(Math.Min(500, settings.Samples), (agent, ct) => agent.RoundTripAsync(0, ct));

var fanOut = LatencySample.Of(await MeasureAsync(settings.Samples, (agent, ct) => agent.FlipAsync(ct)));
var roundTrip = LatencySample.Of(await MeasureAsync(settings.Samples, (agent, ct) => agent.RoundTripAsync(Random.Shared.Next(settings.Tabs), ct)));
Console.WriteLine($"fan-out (SetStatus on tab 0 until statusChanged on all {settings.Tabs} tabs): {fanOut}");
Console.WriteLine($"baseline (GetState round trip on one tab):                  {roundTrip}");
Console.WriteLine($"ratio fan-out / baseline: p50 {fanOut.P50 / roundTrip.P50:F2}x, p99 {fanOut.P99 / roundTrip.P99:F2}x");
Console.WriteLine(JsonSerializer.Serialize(new
{
    settings.Agents, settings.Tabs, settings.Connections, settings.Rate,
    connectSeconds = Math.Round(connectSeconds, 1),
    residentBeforeMiB = Math.Round(residentBefore / 1048576.0, 1),
    residentAfterMiB = Math.Round(residentAfter / 1048576.0, 1),
    kibPerAgent = Math.Round(perAgent / 1024, 1),
    kibPerConnection = Math.Round(perConnection / 1024, 1),
    fanOut, roundTrip,
}));

await Parallel.ForEachAsync(agents, async (agent, _) => await agent.CloseAsync());
return fanOut.P99 < 50 ? 0 : 1;

async Task ProvisionAgentsAsync()
{
    var existing = await client.DescribeStaffInfoListAsync(new DescribeStaffInfoListRequest { SdkAppId = settings.SdkAppId, PageSize = 1, PageNumber = 0 });
    if (existing.TotalCount >= settings.Agents) return;
    await Parallel.ForEachAsync(mails.Chunk(10), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, ct) =>
    {
        var created = await client.CreateStaffAsync(new CreateStaffRequest
        {
            SdkAppId = settings.SdkAppId,
            Staffs = [.. batch.Select(mail => new SeatUserInfo { Name = mail.Split('@')[0], Mail = mail, StaffNumber = mail[3..7] })],
        }, ct);
        if (created.ErrorStaffList is { Count: > 0 } errors && errors.Any(e => e.Code?.Contains("Exist", StringComparison.Ordinal) != true))
            throw new InvalidOperationException($"CreateStaff refused: {string.Join(", ", errors.Select(e => e.Code))}");
    });
}

async Task<string> LoginAsync(string mail, CancellationToken ct)
{
    var token = await client.CreateSDKLoginTokenAsync(new CreateSDKLoginTokenRequest { SdkAppId = settings.SdkAppId, SeatUserId = mail }, ct);
    using var response = await http.PostAsJsonAsync("sdk/login", new { sdkAppId = settings.SdkAppId, userId = mail, token = token.Token }, ct);
    var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"login of {mail} refused: {body}");
    return body.GetProperty("session").GetString()!;
}

Task<List<double>> MeasureAsync(int count, Func<SimulatedAgent, CancellationToken, Task<double>> operation) =>
    ScheduledLoad.RunAsync(agents, count, settings.Rate, operation, cancellation);
