using System.Text.Json;
using Switchboard.Media.Dtls;
using Switchboard.WebRtcLoad;

// `forward`: the baseline relay process the driver starts for its own comparison run.
if (args is ["forward"])
{
    UdpForwarder.Run();
    return 0;
}

var settings = LoadSettings.Parse(args);
using var server = new MediaServerClient(settings.Server);
var certificate = DtlsCertificate.Generate();
Console.WriteLine($"WebRTC load: calls {string.Join(", ", settings.Calls)}; {settings.DurationSeconds} s measured per step after "
    + $"{settings.WarmupSeconds} s warm-up; late = one-way delay over {settings.LateAfterMilliseconds} ms; "
    + $"{settings.SetupConcurrency} endpoints set up at a time; media port {(await server.StatsAsync(CancellationToken.None)).Port}");
Console.WriteLine(StepReport.Header);
var reports = new List<StepReport>();
foreach (var mode in settings.Modes)
{
    using (var run = new LoadRun(settings, mode, server, certificate))
    {
        await foreach (var report in run.RunAsync())
        {
            Console.WriteLine(report);
            reports.Add(report);
        }
    }
    if (mode == "forwarder") continue;
    // The next mode starts from an empty server: wait for every leg of this one to end.
    for (var i = 0; i < 300 && (await server.StatsAsync(CancellationToken.None)).Legs > 0; i++) await Task.Delay(100);
}

foreach (var group in reports.Where(r => r.Mode != "forwarder").GroupBy(r => r.Mode))
{
    var clean = group.Where(r => r.Clean).Select(r => r.Calls).DefaultIfEmpty(0).Max();
    Console.WriteLine($"{group.Key}: highest clean step {clean} calls");
    foreach (var report in group)
    {
        var baseline = reports.FirstOrDefault(r => r.Mode == "forwarder" && r.Calls == report.Calls);
        if (baseline is { CpuPerCall: > 0 })
            Console.WriteLine($"  {report.Calls} calls: server CPU per call {report.CpuPerCall:0.000}% of a core = {report.CpuPerCall / baseline.CpuPerCall:0.0}x the forwarder's {baseline.CpuPerCall:0.000}%");
    }
}
Console.WriteLine(JsonSerializer.Serialize(reports.Select(r => new
{
    r.Mode, r.Calls, r.SetupSeconds, r.SetupFailures, r.RelayCpuPercent, r.CpuPerCall, r.DriverCpuPercent, r.PacketsPerSecond,
    r.Expected, r.Lost, r.Late, r.DelayP50, r.DelayP99, r.DelayMax, r.DriverLateSlots, r.SrtpRefused, r.Clean,
})));
return reports.Any(r => r.Mode == "server-recorded" && r.Calls >= 500 && r.Clean) ? 0 : 1;
