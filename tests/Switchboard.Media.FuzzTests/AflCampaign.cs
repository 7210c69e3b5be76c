namespace Switchboard.Media.FuzzTests;

/// <summary>What one afl-fuzz run of a target did, read from its fuzzer_stats file and crashes folder.</summary>
/// <param name="Executions">Inputs the target ran.</param>
/// <param name="Crashes">Inputs that made the target throw, kept by afl-fuzz.</param>
/// <param name="Paths">Distinct behaviours (corpus entries) afl-fuzz found.</param>
/// <param name="CrashReport">For each crash, its bytes and the exception, replayed in-process; empty without crashes.</param>
public sealed record AflCampaign(long Executions, int Crashes, int Paths, string CrashReport)
{
    /// <summary>Fuzzes <paramref name="target"/> for <paramref name="seconds"/> (or until the first crash when asked).</summary>
    public static async Task<AflCampaign> RunAsync(AflHarness harness, string target, int seconds, bool stopAtFirstCrash = false)
    {
        var findings = Path.Combine(Directory.CreateDirectory(Path.Combine(harness.Root, "findings")).FullName, target);
        var environment = new Dictionary<string, string>
        {
            // dotnet is not an AFL-instrumented binary; the instrumentation is inside the .NET assembly.
            ["AFL_SKIP_BIN_CHECK"] = "1",
            ["AFL_NO_UI"] = "1",
            ["AFL_SKIP_CPUFREQ"] = "1",
            ["AFL_NO_AFFINITY"] = "1",
            ["AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES"] = "1",
        };
        if (stopAtFirstCrash) environment["AFL_BENCH_UNTIL_CRASH"] = "1";
        var log = await AflHarness.RunAsync("afl-fuzz",
            ["-V", seconds.ToString(), "-t", "5000", "-m", "none", "-i", Path.Combine(harness.Root, "seeds", target), "-o", findings,
             "--", "dotnet", harness.HarnessDll, target],
            harness.Root, environment, mayFail: true);

        var statsFile = Path.Combine(findings, "default", "fuzzer_stats");
        if (!File.Exists(statsFile)) throw new InvalidOperationException($"afl-fuzz wrote no statistics for {target}:\n{log}");
        var stats = File.ReadLines(statsFile).Select(line => line.Split(':', 2)).Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());
        var crashFiles = Directory.EnumerateFiles(Path.Combine(findings, "default", "crashes"), "id:*").ToArray();
        var report = crashFiles.Length == 0 ? "" : await AflHarness.RunAsync("dotnet",
            [harness.ReplayDll, "--replay", target, .. crashFiles], harness.Root, mayFail: true);
        return new AflCampaign(long.Parse(stats["execs_done"]), crashFiles.Length, int.Parse(stats["corpus_count"]), report);
    }
}
