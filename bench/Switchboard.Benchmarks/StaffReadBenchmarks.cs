using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Staff;
using Switchboard.Storage;
using Switchboard.Tenancy;

namespace Switchboard.Benchmarks;

/// <summary>
/// The DescribeStaffInfoList handler as the cloud API pipeline runs it (a request scope per call, the action
/// table, the ownership check), on a real SQLite file holding one page of 20 agents in 2 skill groups: with
/// the read cache off (every call reads the database), with it on (every call after the first is a hit),
/// and the ownership check alone, which every call pays before the cache is asked.
/// Signing and HTTP are left out: they are the same for every action.
/// </summary>
[MemoryDiagnoser]
public class StaffReadBenchmarks
{
    private const long App = 1600000001;
    private const int Agents = 20;

    private static readonly DescribeStaffInfoListRequest Page = new() { SdkAppId = App, PageSize = Agents, PageNumber = 0 };

    private readonly CloudApiActionTable _actions = new CloudApiActionTable().MapStaffActions();
    private string _directory = "";
    private ServiceProvider _services = null!;
    private ServiceProvider _uncachedServices = null!;
    private CloudApiAction _describe = null!;
    private long _ownerId;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("switchboard-bench-").FullName;
        _services = BuildServices(cacheMilliseconds: null);
        _uncachedServices = BuildServices(cacheMilliseconds: "0");
        _describe = _actions.Find("DescribeStaffInfoList")!;
        SeedAsync().GetAwaiter().GetResult();

        foreach (var services in new[] { _services, _uncachedServices })
        {
            var page = (DescribeStaffInfoListResponse)CallAsync(services, _describe, Page).GetAwaiter().GetResult();
            if (page.StaffList.Count != Agents || page.TotalCount != Agents || page.StaffList.Sum(a => a.SkillGroupList!.Count) != Agents + Agents / 4)
                throw new InvalidOperationException("The seeded page is not what the benchmark measures.");
        }
    }

    // The server's own registrations (pooled contexts, the cached ownership check) on a temporary data folder.
    private ServiceProvider BuildServices(string? cacheMilliseconds)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DataDirectory"] = _directory,
                [StaffReadCacheOptions.MillisecondsKey] = cacheMilliseconds,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSwitchboardStorage(configuration);
        services.AddStaff();
        return services.BuildServiceProvider();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _uncachedServices.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<CccResponse> Uncached() => CallAsync(_uncachedServices, _describe, Page);

    [Benchmark]
    public Task<CccResponse> Cached() => CallAsync(_services, _describe, Page);

    [Benchmark]
    public async Task ApplicationCheckOnly()
    {
        await using var scope = _services.CreateAsyncScope();
        await NewCall(scope.ServiceProvider, _describe).RequireApplicationAsync(App, CancellationToken.None);
    }

    private async Task<CccResponse> CallAsync(ServiceProvider services, CloudApiAction action, object request)
    {
        await using var scope = services.CreateAsyncScope();
        return await action.Invoke(request, NewCall(scope.ServiceProvider, action), CancellationToken.None);
    }

    private CloudApiCall NewCall(IServiceProvider services, CloudApiAction action) => new()
    {
        RequestId = "bench",
        Action = action.Name,
        OwnerId = _ownerId,
        SecretId = "AKIDbench",
        Language = CloudApiLanguages.English,
        PublicBaseUrl = "http://127.0.0.1",
        Services = services,
    };

    /// <summary>Two skill groups; agents alternate between them and every fourth agent is in both.</summary>
    private async Task SeedAsync()
    {
        await using (var scope = _services.CreateAsyncScope())
        {
            await _services.MigrateStorageAsync();
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
            var owner = new Owner { Name = "bench" };
            db.Owners.Add(owner);
            await db.SaveChangesAsync();
            db.Applications.Add(new Application { SdkAppId = App, OwnerId = owner.Id, Name = "bench" });
            await db.SaveChangesAsync();
            _ownerId = owner.Id;
        }

        string[] groups = ["Sales", "Support"];
        foreach (var name in groups)
            await CallAsync(_services, _actions.Find("CreateCCCSkillGroup")!, new CreateCCCSkillGroupRequest { SdkAppId = App, SkillGroupName = name, SkillGroupType = 0 });
        var staffs = Enumerable.Range(0, Agents).Select(i => new SeatUserInfo
        {
            Name = $"Agent {i}",
            Mail = $"agent{i}@example.com",
            StaffNumber = $"{i:0000}",
            Phone = $"0086180{i:00000000}",
            SkillGroupNameList = i % 4 == 0 ? groups : [groups[i % 2]],
        }).ToList();
        // CreateStaff takes at most 10 rows per request.
        foreach (var chunk in staffs.Chunk(10))
        {
            var created = (CreateStaffResponse)await CallAsync(_services, _actions.Find("CreateStaff")!, new CreateStaffRequest { SdkAppId = App, Staffs = chunk });
            if (created.ErrorStaffList.Count > 0) throw new InvalidOperationException(created.ErrorStaffList[0].Message);
        }
    }
}
