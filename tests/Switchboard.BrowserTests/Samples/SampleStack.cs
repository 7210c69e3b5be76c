using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Switchboard.BrowserTests.Infrastructure;

namespace Switchboard.BrowserTests.Samples;

/// <summary>
/// The README's "try it" setup, started as real processes: the Switchboard server, the Node and the ASP.NET
/// sample backends (configured by the environment variables their READMEs list, with one tenant's key), and one
/// Vue demo per backend. The backends reach the server through a <see cref="NetworkCut"/>, so the SdkURLs they get
/// name the relay and every browser connection runs through it too: a test can drop the agent's network.
/// </summary>
public sealed class SampleStack : IAsyncLifetime
{
    /// <summary>The server's disconnect grace period, short so the network tests can outlast it.</summary>
    public static readonly TimeSpan DisconnectGrace = TimeSpan.FromSeconds(5);

    private readonly List<SampleProcess> _processes = [];
    private readonly Dictionary<SampleBackend, SampleProcess> _demos = [];
    private SwitchboardHost? _server;
    private TenantBackend? _tenant;
    private NetworkCut? _network;
    private Uri? _relayed;

    public SwitchboardHost Server => _server ?? throw new InvalidOperationException("The stack has not started.");

    /// <summary>The tenant whose key the backends use; its client is the test's view of the cloud API.</summary>
    internal TenantBackend Tenant => _tenant ?? throw new InvalidOperationException("The stack has not started.");

    /// <summary>The network between the samples (and so the browsers) and the server.</summary>
    public NetworkCut Network => _network ?? throw new InvalidOperationException("The stack has not started.");

    /// <summary>The server as the samples and browsers reach it: http://127.0.0.1:RELAY-PORT/.</summary>
    public Uri RelayedServer => _relayed ?? throw new InvalidOperationException("The stack has not started.");

    /// <summary>The Vue demo page that logs in through <paramref name="backend"/>.</summary>
    public Uri Demo(SampleBackend backend) => _demos[backend].Address;

    public async ValueTask InitializeAsync()
    {
        await Task.WhenAll(SampleInstall.EnsureAsync(SampleInstall.Folder("node-backend")), SampleInstall.EnsureAsync(SampleInstall.Folder("vue-demo")));
        _server = await SwitchboardHost.StartAsync(new Dictionary<string, string?>
        {
            ["Presence:DisconnectGraceSeconds"] = ((int)DisconnectGrace.TotalSeconds).ToString(),
        });
        _network = new NetworkCut(_server.BaseAddress);
        _relayed = new Uri(_network.Route(_server.BaseAddress.ToString()));
        _tenant = await TenantBackend.ConnectAsync(_server);

        foreach (var backend in Enum.GetValues<SampleBackend>())
        {
            var demoOrigin = $"http://127.0.0.1:{FreePort()}";
            var api = await StartBackendAsync(backend, demoOrigin);
            _demos[backend] = await StartAsync($"vue-demo ({backend})", "node", ["server.js"], SampleInstall.Folder("vue-demo"), new()
            {
                ["PORT"] = new Uri(demoOrigin).Port.ToString(),
                ["BACKEND_URL"] = api.Address.ToString(),
            });
        }
    }

    /// <summary>Runs samples/node-backend/create-agent.js, the README's way of creating an agent; fails the test if it fails.</summary>
    public async Task CreateAgentWithScriptAsync(string mail, string name, string staffNumber)
    {
        var folder = SampleInstall.Folder("node-backend");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { "create-agent.js", mail, name, staffNumber }) start.ArgumentList.Add(argument);
        foreach (var (key, value) in ClientEnvironment()) start.Environment[key] = value;
        using var script = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(script.ExitCode == 0, $"create-agent.js exited {script.ExitCode}: {await errors}");
        Assert.Contains($"created agent {mail}", await output);
    }

    private async Task<SampleProcess> StartBackendAsync(SampleBackend backend, string demoOrigin)
    {
        var environment = ClientEnvironment();
        environment["PORT"] = "0";
        environment["DEMO_ORIGIN"] = demoOrigin;
        return backend switch
        {
            SampleBackend.Node => await StartAsync("node-backend", "node", ["server.js"], SampleInstall.Folder("node-backend"), environment),
            SampleBackend.AspNet => await StartAsync("aspnet-backend", "dotnet", [AspNetBackendAssembly()], SampleInstall.Folder("aspnet-backend"), environment),
            _ => throw new ArgumentOutOfRangeException(nameof(backend)),
        };
    }

    /// <summary>Where the server is and the tenant's key, as the samples' READMEs have a user export them.</summary>
    private Dictionary<string, string> ClientEnvironment() => new()
    {
        ["SWITCHBOARD_ENDPOINT"] = $"{RelayedServer.Host}:{RelayedServer.Port}",
        ["SWITCHBOARD_PROTOCOL"] = "http://",
        ["SDK_APP_ID"] = Tenant.App.ToString(),
        ["SECRET_ID"] = Tenant.Tenant.SecretId,
        ["SECRET_KEY"] = Tenant.Tenant.SecretKey,
    };

    private async Task<SampleProcess> StartAsync(
        string name, string fileName, IReadOnlyList<string> arguments, string folder, Dictionary<string, string> environment)
    {
        var process = await SampleProcess.StartAsync(name, fileName, arguments, folder, environment);
        _processes.Add(process);
        return process;
    }

    // Built by this project's reference to the sample, in the same configuration as the tests.
    private static string AspNetBackendAssembly()
    {
        var configuration = typeof(SampleStack).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "SamplesConfiguration").Value!;
        var path = Path.Combine(SampleInstall.Folder("aspnet-backend"), "bin", configuration, "net10.0", "Switchboard.Samples.AspNetBackend.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build Switchboard.slnx ({configuration}) first.");
    }

    // The demo's origin must be known before its backend starts (CORS), and the demo needs the backend's address.
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes) await process.DisposeAsync();
        _tenant?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        if (_network is not null) await _network.DisposeAsync();
    }
}
