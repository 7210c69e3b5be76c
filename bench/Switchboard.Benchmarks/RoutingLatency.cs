using System.Diagnostics;
using System.Globalization;
using Switchboard.Routing;

namespace Switchboard.Benchmarks;

/// <summary>
/// Per-call latency of routing decisions in a <see cref="RoutingWorld"/>, timed call by call with
/// <see cref="Stopwatch"/> so that the percentiles are of single decisions (BenchmarkDotNet's are of iteration
/// means). Run with <c>-- routing-latency</c>.
/// </summary>
internal static class RoutingLatency
{
    private const int WarmUp = 20_000;
    private const int Measured = 100_000;

    public static void Run()
    {
        var build = Stopwatch.StartNew();
        var world = new RoutingWorld();
        Console.WriteLine($"World: {RoutingWorld.Agents:N0} agents, {RoutingWorld.Groups:N0} groups, {world.Engine.SessionCount:N0} sessions ({RoutingWorld.Waiting:N0} waiting), built in {build.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine("| operation | mean | p50 | p99 | p99.9 | max | outcomes/call |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var queues = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var group = 1; group <= RoutingWorld.Groups; group++)
            queues[$"group-{group}"] = Enumerable.Range(0, RoutingWorld.Waiting / RoutingWorld.Groups).Select(i => $"session-{i}").ToList();
        var next = 0;
        Measure("baseline: dictionary lookup + list insert/remove", () =>
        {
            var queue = queues[$"group-{++next % RoutingWorld.Groups + 1}"];
            queue.Insert(queue.Count / 2, "new");
            queue.RemoveAt(queue.Count / 2);
            return (null, () => { });
        });
        Measure("enqueue → offer (free agent)", () => Split(world.EnqueueToOffer()));
        Measure("call ends → next waiting offered", () => Split(world.CallEndsNextOffered()));
        Measure("enqueue, all agents busy", () => Split(world.EnqueueWhileAllBusy()));
        if (world.Engine.SessionCount != RoutingWorld.Agents - 30 + RoutingWorld.Waiting)
            throw new InvalidOperationException("The world drifted during the measurement.");
    }

    private static (RoutingResult?, Action) Split((RoutingResult Measured, Action Restore) call) => (call.Measured, call.Restore);

    private static void Measure(string name, Func<(RoutingResult? Measured, Action Restore)> call)
    {
        for (var i = 0; i < WarmUp; i++) call().Restore();
        var ticks = new long[Measured];
        long outcomes = 0;
        for (var i = 0; i < Measured; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var (result, restore) = call();
            ticks[i] = Stopwatch.GetTimestamp() - start;
            outcomes += result?.Outcomes.Count ?? 0;
            restore();
        }
        Array.Sort(ticks);
        string Micro(double t) => (t * 1_000_000 / Stopwatch.Frequency).ToString("F2", CultureInfo.InvariantCulture) + " µs";
        Console.WriteLine($"| {name} | {Micro(ticks.Average())} | {Micro(ticks[Measured / 2])} | {Micro(ticks[(int)(Measured * 0.99)])} | {Micro(ticks[(int)(Measured * 0.999)])} | {Micro(ticks[^1])} | {(double)outcomes / Measured:F1} |");
    }
}
