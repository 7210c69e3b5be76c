using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Hosting;
using Switchboard.Storage;

namespace Switchboard.Testing;

/// <summary>
/// The real Switchboard server on a real Kestrel port (127.0.0.1, chosen by the OS) with a real store:
/// a temporary SQLite file, or a fresh PostgreSQL database when SWITCHBOARD_TEST_POSTGRES is set.
/// </summary>
public sealed class SwitchboardHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestStore _store;
    private readonly bool _ownsStore;

    private SwitchboardHost(WebApplication app, TestStore store, bool ownsStore, Uri baseAddress, FakeTimeProvider? clock)
    {
        _app = app;
        _store = store;
        _ownsStore = ownsStore;
        BaseAddress = baseAddress;
        Clock = clock;
        HttpClient = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = baseAddress };
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseAddress { get; }

    /// <summary>Where this server's media recordings go (a temporary folder removed with the server).</summary>
    public string RecordingsDirectory { get; private init; } = "";

    /// <summary>"127.0.0.1:PORT", the form the Tencent SDKs take as endpoint.</summary>
    public string Endpoint => $"{BaseAddress.Host}:{BaseAddress.Port}";

    public IServiceProvider Services => _app.Services;

    public HttpClient HttpClient { get; }

    /// <summary>The server's clock when the host was started with a fake one.</summary>
    public FakeTimeProvider? Clock { get; }

    /// <summary>
    /// Starts a server; <paramref name="settings"/> adds configuration (e.g. rate limits). <paramref name="services"/>
    /// runs after every feature has registered its services, so what it adds replaces the server's own (for
    /// example a recorder standing where the SDK hub's notifier would). A <paramref name="store"/> passed in
    /// outlives the server (for restart tests: stop one server, start another on the same store); otherwise the
    /// server gets a fresh store and removes it when disposed.
    /// </summary>
    public static async Task<SwitchboardHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null, Action<IServiceCollection>? services = null,
        TestStore? store = null)
    {
        var ownsStore = store is null;
        store ??= await TestStore.CreateAsync();
        var recordings = Path.Combine(Path.GetTempPath(), "switchboard-tests", Guid.NewGuid().ToString("N"), "recordings");
        var app = SwitchboardServer.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(store.Configuration);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Urls"] = "http://127.0.0.1:0",
                // Several servers run side by side in one test process: each gets its own media port and folder.
                ["Media:Port"] = "0",
                ["Media:BindAddress"] = "127.0.0.1",
                ["Media:RecordingsDirectory"] = recordings,
                // Attachments stay beside the recordings, not in the working directory (PostgreSQL runs have no data folder).
                ["Chat:AttachmentsDirectory"] = Path.Combine(Path.GetDirectoryName(recordings)!, "attachments"),
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            if (clock is not null) builder.Services.AddSingleton<TimeProvider>(clock);
            if (services is not null) builder.Host.UseServiceProviderFactory(new LastRegistrations(services));
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SwitchboardHost(app, store, ownsStore, new Uri(address.Replace("localhost", "127.0.0.1") + "/"), clock) { RecordingsDirectory = recordings };
    }

    /// <summary>Creates a new owner with an application and a key, and a second owner's application.</summary>
    public async Task<TestTenant> CreateTenantAsync()
    {
        var (ownerId, sdkAppId, secretId, secretKey) = await TenantProvisioning.CreateOwnerWithKeyAsync(Services);
        var (_, otherAppId, _, _) = await TenantProvisioning.CreateOwnerWithKeyAsync(Services);
        return new TestTenant(ownerId, sdkAppId, secretId, secretKey, otherAppId);
    }

    public async Task<int> CountAgentsAsync(long sdkAppId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SwitchboardDb>().Agents.CountAsync(a => a.SdkAppId == sdkAppId);
    }

    /// <summary>Proves the server still answers a correctly signed request with a success envelope.</summary>
    public async Task AssertStillServesAsync(TestTenant tenant)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"SdkAppId":{{tenant.SdkAppId}},"PageSize":5,"PageNumber":0}""");
        using var request = Tc3TestSigner.Post(BaseAddress, "DescribeStaffInfoList", body, tenant.SecretId, tenant.SecretKey,
            (Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds());
        using var response = await HttpClient.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var envelope = document.RootElement.GetProperty("Response");
        Assert.False(envelope.TryGetProperty("Error", out var error), $"expected success, got {error}");
        Assert.True(envelope.TryGetProperty("TotalCount", out _));
    }

    public async ValueTask DisposeAsync()
    {
        HttpClient.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsStore) await _store.DisposeAsync();
        try
        {
            if (Directory.Exists(RecordingsDirectory)) Directory.Delete(Path.GetDirectoryName(RecordingsDirectory)!, recursive: true);
        }
        catch (IOException)
        {
            // A recording still open by a late leg; the temp folder is the OS's to clean.
        }
    }
}
