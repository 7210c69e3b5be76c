// Measures signed DescribeStaffInfoList throughput on loopback against a bare Kestrel endpoint that returns
// a JSON body of the same size, in the same run, and prints the ratio. Usage (see bench/run-cloud-api-load):
//   Switchboard.LoadDriver ENDPOINT SDKAPPID SECRETID SECRETKEY [seconds=10] [connections=32] [rounds=3]
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Switchboard.Client;
using Switchboard.LoadDriver;

if (args.Length < 4)
{
    Console.Error.WriteLine("usage: Switchboard.LoadDriver ENDPOINT SDKAPPID SECRETID SECRETKEY [seconds] [connections] [rounds]");
    return 2;
}
var endpoint = args[0];
var sdkAppId = long.Parse(args[1], CultureInfo.InvariantCulture);
var credential = new CccCredential(args[2], args[3]);
var seconds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 10;
var connections = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 32;
var rounds = args.Length > 6 ? int.Parse(args[6], CultureInfo.InvariantCulture) : 3;

var capture = new CapturingHandler();
var client = new CccClient(credential, new CccClientOptions { Endpoint = endpoint, Protocol = "http://" }, new HttpClient(capture));

// Twenty agents in two skill groups: a realistic page of DescribeStaffInfoList.
const int agents = 20;
var existing = await client.DescribeStaffInfoListAsync(new DescribeStaffInfoListRequest { SdkAppId = sdkAppId, PageSize = 1, PageNumber = 0 });
if (existing.TotalCount < agents)
{
    foreach (var group in new[] { "Sales", "Support" })
    {
        try
        {
            await client.CreateCCCSkillGroupAsync(new CreateCCCSkillGroupRequest { SdkAppId = sdkAppId, SkillGroupName = group, SkillGroupType = 0 });
        }
        catch (CccException e) when (e.Code == "InvalidParameterValue.SkillGroupExist")
        {
        }
    }
    for (var batch = 0; batch < agents / 10; batch++)
    {
        await client.CreateStaffAsync(new CreateStaffRequest
        {
            SdkAppId = sdkAppId,
            Staffs = Enumerable.Range(batch * 10, 10).Select(i => new SeatUserInfo
            {
                Name = $"Agent {i}",
                Mail = $"agent{i}@bench.example.com",
                StaffNumber = $"{i:000}",
                SkillGroupNameList = [i % 2 == 0 ? "Sales" : "Support"],
            }).ToList(),
        });
    }
}

var scriptPath = Path.Combine(Path.GetTempPath(), $"switchboard-load-{Environment.ProcessId}.lua");
async Task<(string Script, byte[] Response)> SignFreshRequestAsync()
{
    var page = await client.DescribeStaffInfoListAsync(new DescribeStaffInfoListRequest { SdkAppId = sdkAppId, PageSize = agents, PageNumber = 0 });
    if (page.StaffList?.Count != agents) throw new InvalidOperationException($"expected {agents} agents, got {page.StaffList?.Count}");
    return (WrkRun.WriteScript(scriptPath, capture.LastRequest!, capture.LastRequestBody), capture.LastResponseBody);
}

var (_, sample) = await SignFreshRequestAsync();
var bare = WebApplication.CreateSlimBuilder();
bare.Logging.ClearProviders();
bare.WebHost.UseUrls("http://127.0.0.1:0");
var bareApp = bare.Build();
bareApp.MapPost("/", () => Results.Bytes(sample, "application/json"));
await bareApp.StartAsync();
var bareUrl = bareApp.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

var switchboardRates = new List<double>();
var bareRates = new List<double>();
for (var round = 0; round < rounds; round++)
{
    // Re-sign each round so the timestamp stays inside the 5-minute window however long the run is.
    var (script, _) = await SignFreshRequestAsync();
    bareRates.Add(WrkRun.Measure(bareUrl, script, seconds, connections));
    switchboardRates.Add(WrkRun.Measure($"http://{endpoint}/", script, seconds, connections));
    Console.WriteLine($"round {round + 1}: bare {bareRates[^1]:F0} req/s, switchboard {switchboardRates[^1]:F0} req/s");
}
await bareApp.StopAsync();
if (Environment.GetEnvironmentVariable("KEEP_SCRIPT") is null) File.Delete(scriptPath);

var ratio = switchboardRates.Sum() / bareRates.Sum();
Console.WriteLine(JsonSerializer.Serialize(new
{
    responseBytes = sample.Length,
    seconds,
    connections,
    rounds,
    bareRequestsPerSecond = bareRates.Average(),
    switchboardRequestsPerSecond = switchboardRates.Average(),
    ratio,
}));
return 0;
