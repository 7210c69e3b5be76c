using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Switchboard.Client;
using Switchboard.Hosting;
using Switchboard.Tenancy;

namespace Switchboard.SdkStartupBench;

/// <summary>The real server on a loopback port with a throwaway SQLite store, one application and one agent.</summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;

    private BenchServer(WebApplication app, string directory, CccClient client, long sdkAppId)
    {
        _app = app;
        _directory = directory;
        Client = client;
        SdkAppId = sdkAppId;
    }

    public CccClient Client { get; }

    public long SdkAppId { get; }

    public const string AgentMail = "bench@example.com";

    public static async Task<BenchServer> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("switchboard-sdk-bench-").FullName;
        var app = SwitchboardServer.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DataDirectory"] = directory,
                ["Urls"] = "http://127.0.0.1:0",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Orleans"] = "Warning",
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var owner = await app.Services.GetRequiredService<OwnerDirectory>().CreateAsync("bench-owner", CancellationToken.None);
        var application = await app.Services.GetRequiredService<ApplicationDirectory>().CreateAsync(owner.Id, "Bench", CancellationToken.None);
        var key = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync(owner.Id, "bench", CancellationToken.None);
        var client = new CccClient(new CccCredential(key.SecretId, key.SecretKey),
            new CccClientOptions { Endpoint = $"127.0.0.1:{address.Port}", Protocol = "http://" });
        await client.CreateStaffAsync(new CreateStaffRequest
        {
            SdkAppId = application.SdkAppId,
            Staffs = [new SeatUserInfo { Name = "Bench Agent", Mail = AgentMail, StaffNumber = "1" }],
        });
        return new BenchServer(app, directory, client, application.SdkAppId);
    }

    /// <summary>A fresh one-time SdkURL, as an integrator's /loginTCCC route would mint it.</summary>
    public async Task<string> SdkUrlAsync()
    {
        var login = await Client.CreateSDKLoginTokenAsync(new CreateSDKLoginTokenRequest { SdkAppId = SdkAppId, SeatUserId = AgentMail });
        return login.SdkURL!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
