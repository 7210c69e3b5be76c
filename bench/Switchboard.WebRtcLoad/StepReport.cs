using System.Globalization;

namespace Switchboard.WebRtcLoad;

/// <summary>One measured step: N calls in one mode, steady state.</summary>
internal sealed record StepReport(
    string Mode, int Calls, int SetupFailures, double SetupSeconds, double Seconds, double RelayCpuPercent,
    double DriverCpuPercent, double PacketsPerSecond, long Expected, long Received, long Late, double DelayP50,
    double DelayP99, double DelayMax, long DriverLateSlots, long SrtpRefused)
{
    public long Lost => Math.Max(0, Expected - Received);

    public bool Clean => SetupFailures == 0 && Lost == 0 && Late == 0 && Expected > 0;

    public double CpuPerCall => Calls == 0 ? 0 : RelayCpuPercent / Calls;

    public static string Header =>
        "mode             calls setup_s fail  relay_cpu%  per_call%  driver_cpu%  media_pps   expected     lost   late  p50_ms  p99_ms  max_ms  drv_late  clean";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Mode,-16} {Calls,5} {SetupSeconds,7:0.0} {SetupFailures,4} {RelayCpuPercent,11:0.0} {CpuPerCall,10:0.000} {DriverCpuPercent,12:0.0} {PacketsPerSecond,10:0} {Expected,10} {Lost,8} {Late,6} {DelayP50,7:0.00} {DelayP99,7:0.00} {DelayMax,7:0.0} {DriverLateSlots,9}  {(Clean ? "yes" : "NO")}");
}
