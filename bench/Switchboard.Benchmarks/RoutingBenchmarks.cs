using BenchmarkDotNet.Attributes;

namespace Switchboard.Benchmarks;

/// <summary>
/// Routing decisions in a <see cref="RoutingWorld"/> (10,000 agents, 1,000 groups, 100,000 waiting sessions).
/// Each method is a round trip that leaves the world as it found it, so the mean includes the restoring calls;
/// <see cref="RoutingLatency"/> times the decision alone, per call, for percentiles. The baseline is the least a
/// queue can cost: a dictionary lookup and a list insert and remove.
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private readonly Dictionary<string, List<string>> _queues = new(StringComparer.Ordinal);
    private RoutingWorld _world = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _world = new RoutingWorld();
        for (var group = 1; group <= RoutingWorld.Groups; group++)
            _queues[$"group-{group}"] = Enumerable.Range(0, RoutingWorld.Waiting / RoutingWorld.Groups).Select(i => $"session-{i}").ToList();
    }

    [Benchmark(Baseline = true, Description = "baseline: dictionary lookup + list insert/remove")]
    public int DictionaryAndList()
    {
        var queue = _queues[$"group-{++_next % RoutingWorld.Groups + 1}"];
        queue.Insert(queue.Count / 2, "new");
        queue.RemoveAt(queue.Count / 2);
        return queue.Count;
    }

    [Benchmark(Description = "enqueue → offer (+ accept, end)")]
    public int EnqueueToOffer() => RoundTrip(_world.EnqueueToOffer());

    [Benchmark(Description = "call ends → next waiting offered (+ accept, refill)")]
    public int CallEndsNextOffered() => RoundTrip(_world.CallEndsNextOffered());

    [Benchmark(Description = "enqueue, all busy (+ leave)")]
    public int EnqueueWhileAllBusy() => RoundTrip(_world.EnqueueWhileAllBusy());

    private static int RoundTrip((Switchboard.Routing.RoutingResult Measured, Action Restore) call)
    {
        call.Restore();
        return call.Measured.Outcomes.Count;
    }
}
