using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Sdk;
using Switchboard.Staff;
using Switchboard.Storage;
using Switchboard.Tenancy;

namespace Switchboard.IntegrationTests.Staff;

/// <summary>
/// Runs the agent, skill group and SDK login actions the way the cloud API pipeline does (JSON body bound
/// to the request type, a request-scoped provider, the action table), on a real SQLite file, without
/// HTTP or signing. Two owners: ours with <see cref="App"/> and <see cref="OtherApp"/>, a stranger with
/// <see cref="StrangersApp"/>. A second set of services on the same file has the read cache turned off, so
/// <see cref="CallUncachedAsync{TResponse}"/> tells what the database holds right now.
/// </summary>
internal sealed class StaffActionHost : IAsyncDisposable
{
    public const long App = 1600000001;
    public const long OtherApp = 1600000002;
    public const long StrangersApp = 1600000009;
    public const string PublicBaseUrl = "http://127.0.0.1:5080";

    private readonly string _directory;
    private readonly ServiceProvider _services;
    private readonly ServiceProvider _uncached;
    private readonly CloudApiActionTable _actions = new CloudApiActionTable().MapStaffActions().MapSdkActions();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
    public long OwnerId { get; private set; }
    public long Now => Clock.GetUtcNow().ToUnixTimeSeconds();

    private StaffActionHost(Action<IServiceCollection>? configure, IReadOnlyDictionary<string, string?>? settings)
    {
        _directory = Directory.CreateTempSubdirectory("switchboard-staff-").FullName;
        _services = BuildServices(configure, settings ?? new Dictionary<string, string?>());
        _uncached = BuildServices(configure, new Dictionary<string, string?> { [StaffReadCacheOptions.MillisecondsKey] = "0" });
    }

    private ServiceProvider BuildServices(Action<IServiceCollection>? configure, IReadOnlyDictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddDbContextPool<SwitchboardDb, SqliteSwitchboardDb>(o => o.UseSqlite($"Data Source={Path.Combine(_directory, "switchboard.db")}"));
        services.AddSingleton<ApplicationDirectory>();
        services.AddSingleton<TimeProvider>(Clock);
        configure?.Invoke(services);
        services.AddStaff().AddSdkLogin();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <param name="configure">Replaces services (runs before the features register theirs).</param>
    /// <param name="settings">Configuration, e.g. <see cref="StaffReadCacheOptions.MillisecondsKey"/>.</param>
    public static async Task<StaffActionHost> StartAsync(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new StaffActionHost(configure, settings);
        await host.WithDbAsync(async db =>
        {
            await db.Database.EnsureCreatedAsync();
            var owner = new Owner { Name = "us" };
            var stranger = new Owner { Name = "stranger" };
            db.Owners.AddRange(owner, stranger);
            await db.SaveChangesAsync();
            db.Applications.AddRange(
                new Application { SdkAppId = App, OwnerId = owner.Id, Name = "main" },
                new Application { SdkAppId = OtherApp, OwnerId = owner.Id, Name = "second" },
                new Application { SdkAppId = StrangersApp, OwnerId = stranger.Id, Name = "theirs" });
            await db.SaveChangesAsync();
            host.OwnerId = owner.Id;
            return 0;
        });
        return host;
    }

    /// <summary>Runs the action named after the request type (CreateStaffRequest → CreateStaff).</summary>
    public Task<TResponse> CallAsync<TResponse>(object request, string language = CloudApiLanguages.English)
        where TResponse : CccResponse => CallAsync<TResponse>(_services, request, language);

    /// <summary>Runs the action with the read cache off: Describe… answers straight from the database.</summary>
    public Task<TResponse> CallUncachedAsync<TResponse>(object request)
        where TResponse : CccResponse => CallAsync<TResponse>(_uncached, request, CloudApiLanguages.English);

    private async Task<TResponse> CallAsync<TResponse>(ServiceProvider services, object request, string language)
        where TResponse : CccResponse
    {
        var name = request.GetType().Name[..^"Request".Length];
        var action = _actions.Find(name) ?? throw new InvalidOperationException($"{name} is not mapped");
        // Bind from JSON as the pipeline does, so the request records are exercised as wire contracts.
        var bound = JsonSerializer.Deserialize(JsonSerializer.Serialize(request, request.GetType(), CccJson.Options), action.RequestType, CccJson.Options)!;
        await using var scope = services.CreateAsyncScope();
        var call = new CloudApiCall
        {
            RequestId = Guid.NewGuid().ToString(),
            Action = name,
            OwnerId = OwnerId,
            SecretId = "AKIDstafftests",
            Language = language,
            PublicBaseUrl = PublicBaseUrl,
            Services = scope.ServiceProvider,
        };
        return (TResponse)await action.Invoke(bound, call, TestContext.Current.CancellationToken);
    }

    /// <summary>Runs the action and returns the API error it answered.</summary>
    public Task<CloudApiException> FailAsync(object request, string language = CloudApiLanguages.English) =>
        Assert.ThrowsAsync<CloudApiException>(() => CallAsync<CccResponse>(request, language));

    public async Task<T> WithDbAsync<T>(Func<SwitchboardDb, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SwitchboardDb>());
    }

    public async Task<long> CreateSkillGroupAsync(string name, long type = 0, long app = App)
    {
        var created = await CallAsync<CreateCCCSkillGroupResponse>(new CreateCCCSkillGroupRequest { SdkAppId = app, SkillGroupName = name, SkillGroupType = type });
        return created.SkillGroupId;
    }

    public async Task CreateAgentsAsync(long app, params string[] mails)
    {
        var response = await CallAsync<CreateStaffResponse>(new CreateStaffRequest
        {
            SdkAppId = app,
            Staffs = mails.Select((mail, i) => new SeatUserInfo { Name = $"Agent {i}", Mail = mail, StaffNumber = $"{i:000}" }).ToList(),
        });
        Assert.Empty(response.ErrorStaffList);
    }

    public async Task<StaffInfo> DescribeAgentAsync(string mail, long app = App)
    {
        var page = await CallAsync<DescribeStaffInfoListResponse>(new DescribeStaffInfoListRequest { SdkAppId = app, PageSize = 10, PageNumber = 0, StaffMail = mail });
        return Assert.Single(page.StaffList);
    }

    /// <summary>The wire form of a contract record, for comparing records that hold lists.</summary>
    public static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), CccJson.Options);

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _uncached.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
