using BenchmarkDotNet.Running;

namespace Switchboard.Benchmarks;

// An explicit entry class: top-level statements would declare a second `Program`, clashing with the server's.
internal static class BenchmarkEntry
{
    private static void Main(string[] args)
    {
        // Per-call percentiles need a per-call clock, which BenchmarkDotNet does not keep.
        if (args is ["routing-latency"])
        {
            RoutingLatency.Run();
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
    }
}
