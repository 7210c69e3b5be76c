using System.Diagnostics;
using System.Text.Json;
using Switchboard.MediaLoad;

// Usage: Switchboard.MediaLoad --relay rtpengine|switchboard|rtpengine,switchboard [--calls 100,250,500] [--seconds 20]
//        [--server http://127.0.0.1:PORT --server-pid PID]   (switchboard: a server the caller started)
// One run per call count and relay, each against a freshly started rtpengine or freshly opened Switchboard relays; a
// line per run, with two relays a CPU ratio (second / first) per call count, and a JSON summary at the end.
var options = args.Select((value, index) => (value, index)).Where(pair => pair.value.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(pair => pair.value[2..], pair => pair.index + 1 < args.Length ? args[pair.index + 1] : "");
var relayNames = options.GetValueOrDefault("relay", "rtpengine").Split(',');
var callCounts = options.GetValueOrDefault("calls", "100,250,500").Split(',').Select(int.Parse).ToArray();
var seconds = int.Parse(options.GetValueOrDefault("seconds", "20"));

var results = new List<object>();
foreach (var calls in callCounts)
{
    var microsecondsPerPacket = new List<double>();
    foreach (var relayName in relayNames)
    {
        await using IRelay relay = relayName switch
        {
            "rtpengine" => await RtpEngineRelay.StartAsync(controlPort: 22222, portMin: 30000, portMax: 39999),
            "switchboard" => new SwitchboardRelay(new Uri(options["server"]), int.Parse(options["server-pid"])),
            _ => throw new ArgumentException($"unknown relay {relayName}"),
        };
        using var streams = new CallStreams(calls);
        var setup = Stopwatch.StartNew();
        for (var call = 0; call < calls; call++)
        {
            var (callerSendsTo, calleeSendsTo) = await relay.OpenCallAsync(call, streams.CallerEndpoint, streams.CalleeEndpoint);
            streams.Route(call, callerSendsTo, calleeSendsTo);
        }
        var setupSeconds = setup.Elapsed.TotalSeconds;
        await Task.Delay(500); // let setup's own work (JIT, connections) settle before measuring

        var cpuBefore = ProcessCpu.Seconds(relay.ProcessId);
        var driverBefore = ProcessCpu.Seconds(Environment.ProcessId);
        var wall = Stopwatch.StartNew();
        var report = streams.Run(TimeSpan.FromSeconds(seconds));
        var elapsed = wall.Elapsed.TotalSeconds;
        var cpu = ProcessCpu.Seconds(relay.ProcessId) - cpuBefore;
        var driverCpu = ProcessCpu.Seconds(Environment.ProcessId) - driverBefore;
        var packetsPerSecond = report.Received / elapsed;
        var cpuPerCall = 100 * cpu / elapsed / calls;
        var perPacket = 1e6 * cpu / Math.Max(1, report.Received);
        microsecondsPerPacket.Add(perPacket);
        Console.WriteLine(
            $"{relay.Name}: {calls} calls, {packetsPerSecond:0} packets/s relayed, relay CPU {100 * cpu / elapsed:0.0}% of a core " +
            $"({cpuPerCall:0.000}% per call, {perPacket:0.0} µs per packet); lost {report.Lost} of {report.Sent}, " +
            $"late {report.Late}; delay p50 {report.DelayP50:0.00} ms p99 {report.DelayP99:0.00} ms max {report.DelayMax:0.0} ms; " +
            $"driver CPU {100 * driverCpu / elapsed:0}%, driver behind {report.SenderBehind} ticks; setup {setupSeconds:0.0} s; " +
            (report.Clean ? "clean" : "NOT clean"));
        results.Add(new
        {
            relay = relay.Name, calls, seconds, packetsPerSecond, relayCpuPercent = 100 * cpu / elapsed, cpuPerCallPercent = cpuPerCall,
            microsecondsPerPacket = perPacket, report.Sent, report.Received, report.Lost, report.Late,
            report.DelayP50, report.DelayP99, report.DelayMax, report.SenderBehind, clean = report.Clean,
        });
    }
    if (relayNames.Length == 2)
    {
        // CPU per packet relayed, so a relay that lost packets is not flattered by having done less work.
        Console.WriteLine($"ratio {relayNames[1]}/{relayNames[0]} at {calls} calls: {microsecondsPerPacket[1] / microsecondsPerPacket[0]:0.00}× CPU per packet");
    }
}
Console.WriteLine(JsonSerializer.Serialize(results));
