using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Switchboard.Media.Dtls;
using Switchboard.Media.Srtp;
using Switchboard.MediaLoad;

namespace Switchboard.WebRtcLoad;

/// <summary>
/// One mode's run: grows the number of calls step by step (setting up only the new ones), measures each step's
/// steady state, then tears everything down. Modes: <c>server</c> and <c>server-recorded</c> (bridged rooms on the
/// Switchboard server, recording off or on) and <c>forwarder</c> (the baseline <see cref="UdpForwarder"/> process).
/// </summary>
internal sealed class LoadRun(LoadSettings settings, string mode, MediaServerClient server, DtlsCertificate certificate) : IDisposable
{
    private readonly Measurement _measurement = new(settings.LateAfterMilliseconds);
    private readonly PacketClock _clock = new();
    private readonly List<SyntheticBrowser> _endpoints = [];
    private readonly List<string> _rooms = [];
    private readonly string _runId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
    private Process? _forwarder;
    private IPEndPoint? _forwarderAddress;
    private int _calls;

    private bool ThroughServer => mode != "forwarder";

    private int RelayPid => ThroughServer ? settings.ServerPid : _forwarder!.Id;

    public async IAsyncEnumerable<StepReport> RunAsync()
    {
        if (!ThroughServer) StartForwarder();
        foreach (var calls in settings.Calls)
        {
            var setup = Stopwatch.StartNew();
            var failures = await AddCallsAsync(calls - _calls);
            setup.Stop();
            await Task.Delay(TimeSpan.FromSeconds(settings.WarmupSeconds));
            yield return await MeasureAsync(calls, failures, setup.Elapsed.TotalSeconds);
        }
    }

    public void Dispose()
    {
        _clock.Clear();
        _clock.Dispose();
        if (ThroughServer)
        {
            Parallel.ForEach(_rooms, new ParallelOptions { MaxDegreeOfParallelism = 16 },
                room => server.CloseAsync(room, CancellationToken.None).GetAwaiter().GetResult());
        }
        foreach (var endpoint in _endpoints) endpoint.Dispose();
        if (_forwarder is not null)
        {
            _forwarder.StandardInput.Close();
            _forwarder.WaitForExit(5000);
            _forwarder.Dispose();
        }
    }

    private async Task<int> AddCallsAsync(int count)
    {
        var failures = 0;
        using var gate = new SemaphoreSlim(settings.SetupConcurrency);
        var tasks = new List<Task<string?>>();
        for (var i = 0; i < count; i++)
        {
            var call = _calls++;
            var a = new SyntheticBrowser(_measurement);
            var b = new SyntheticBrowser(_measurement);
            _endpoints.Add(a);
            _endpoints.Add(b);
            if (ThroughServer)
            {
                var room = $"load-{_runId}-{call}";
                _rooms.Add(room);
                tasks.Add(Paced(gate, () => JoinAsync(a, room)));
                tasks.Add(Paced(gate, () => JoinAsync(b, room)));
            }
            else
            {
                tasks.Add(Paced(gate, () => RegisterAsync(a, b, call)));
            }
        }
        foreach (var problem in await Task.WhenAll(tasks))
        {
            if (problem is null) continue;
            if (failures++ < 5) Console.Error.WriteLine($"{mode}: setup failed: {problem}");
        }
        return failures;
    }

    private static async Task<string?> Paced(SemaphoreSlim gate, Func<Task<string?>> setup)
    {
        await gate.WaitAsync();
        try
        {
            return await setup();
        }
        catch (Exception e)
        {
            return e.Message;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<string?> JoinAsync(SyntheticBrowser endpoint, string room)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var offer = BrowserOffer.Create(endpoint.LocalEndPoint, endpoint.Ice, certificate.Fingerprint, endpoint.Ssrc);
        var (sdp, refusal) = await server.JoinAsync(room, mode == "server-recorded", offer, timeout.Token);
        if (sdp is null) return refusal;
        var answer = BrowserOffer.Read(sdp, out var problem);
        if (answer is null) return problem;
        var failure = await endpoint.ConnectAsync(answer, certificate, timeout.Token);
        if (failure is null) _clock.Add(endpoint);
        return failure;
    }

    private async Task<string?> RegisterAsync(SyntheticBrowser a, SyntheticBrowser b, int call)
    {
        // The profile Chromium and the server negotiate by default; each side's sending key is the other's receiving key.
        var keyA = new SrtpMasterKey(RandomNumberGenerator.GetBytes(16), RandomNumberGenerator.GetBytes(12));
        var keyB = new SrtpMasterKey(RandomNumberGenerator.GetBytes(16), RandomNumberGenerator.GetBytes(12));
        var acknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        a.OtherReceived += _ => acknowledged.TrySetResult();
        a.ConnectDirect(_forwarderAddress!, new SrtpKeyingMaterial(SrtpProfile.AeadAes128Gcm, keyA, keyB));
        b.ConnectDirect(_forwarderAddress!, new SrtpKeyingMaterial(SrtpProfile.AeadAes128Gcm, keyB, keyA));
        for (var attempt = 0; !acknowledged.Task.IsCompleted; attempt++)
        {
            if (attempt == 50) return "the forwarder did not acknowledge";
            a.SendDatagram(UdpForwarder.Hello(call, 0));
            b.SendDatagram(UdpForwarder.Hello(call, 1));
            await Task.WhenAny(acknowledged.Task, Task.Delay(100));
        }
        _clock.Add(a);
        _clock.Add(b);
        return null;
    }

    private async Task<StepReport> MeasureAsync(int calls, int failures, double setupSeconds)
    {
        var ready = _endpoints.Count(e => e.Ready);
        var first = _clock.Tick + 2;
        var end = first + settings.DurationSeconds * 50L;
        _measurement.Begin(first, end);
        while (_clock.Tick < first) await Task.Delay(5);
        var lateSlots = _clock.LateSlots;
        var refused = _endpoints.Sum(e => e.SrtpRefused);
        var sent = _endpoints.Sum(e => e.Sent);
        var relayCpu = ProcessCpu.Seconds(RelayPid);
        var driverCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var wall = Stopwatch.StartNew();
        while (_clock.Tick < end) await Task.Delay(10);
        var seconds = wall.Elapsed.TotalSeconds;
        relayCpu = ProcessCpu.Seconds(RelayPid) - relayCpu;
        driverCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - driverCpu;
        sent = _endpoints.Sum(e => e.Sent) - sent;
        await Task.Delay(500); // the window's last packets are still on their way
        _measurement.Stop();
        var delays = _measurement.Delays;
        return new StepReport(mode, calls, failures, setupSeconds, seconds, 100 * relayCpu / seconds, 100 * driverCpu / seconds,
            sent / seconds, (long)ready * (end - first), _measurement.Received, _measurement.Late, delays.Percentile(0.5),
            delays.Percentile(0.99), delays.Percentile(1), _clock.LateSlots - lateSlots, _endpoints.Sum(e => e.SrtpRefused) - refused);
    }

    private void StartForwarder()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Run as `dotnet Switchboard.WebRtcLoad.dll forward` or as the apphost: either way the same program.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(LoadRun).Assembly.Location);
        start.ArgumentList.Add("forward");
        _forwarder = Process.Start(start)!;
        var port = int.Parse(_forwarder.StandardOutput.ReadLine()!, System.Globalization.CultureInfo.InvariantCulture);
        _forwarderAddress = new IPEndPoint(IPAddress.Loopback, port);
    }
}
