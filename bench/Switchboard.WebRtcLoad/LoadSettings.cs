using System.Globalization;

namespace Switchboard.WebRtcLoad;

/// <summary>Command-line settings of a load run.</summary>
internal sealed record LoadSettings
{
    public Uri Server { get; init; } = new("http://127.0.0.1:5093");
    public int ServerPid { get; init; }
    public IReadOnlyList<int> Calls { get; init; } = [100, 250, 500];
    public IReadOnlyList<string> Modes { get; init; } = ["forwarder", "server", "server-recorded"];
    public int DurationSeconds { get; init; } = 20;
    public int WarmupSeconds { get; init; } = 3;
    public int SetupConcurrency { get; init; } = 20;
    public double LateAfterMilliseconds { get; init; } = 60;

    public static LoadSettings Parse(string[] args)
    {
        var settings = new LoadSettings();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            settings = args[i] switch
            {
                "--server" => settings with { Server = new Uri(value) },
                "--server-pid" => settings with { ServerPid = Int(value) },
                "--calls" => settings with { Calls = [.. value.Split(',').Select(Int)] },
                "--modes" => settings with { Modes = value.Split(',') },
                "--duration" => settings with { DurationSeconds = Int(value) },
                "--warmup" => settings with { WarmupSeconds = Int(value) },
                "--setup-concurrency" => settings with { SetupConcurrency = Int(value) },
                "--late-ms" => settings with { LateAfterMilliseconds = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return settings;
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
