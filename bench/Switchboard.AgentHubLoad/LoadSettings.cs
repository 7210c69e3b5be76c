using System.Globalization;

namespace Switchboard.AgentHubLoad;

/// <summary>What to run, from <c>--name value</c> arguments. <see cref="Rate"/> is operations started per second.</summary>
internal sealed record LoadSettings(
    string Endpoint, long SdkAppId, string SecretId, string SecretKey, int ServerPid,
    int Agents, int Tabs, int Samples, int Rate)
{
    public const string Usage =
        "usage: Switchboard.AgentHubLoad --endpoint HOST:PORT --app SDKAPPID --secret-id ID --secret-key KEY --server-pid PID " +
        "[--agents 1000] [--tabs 2] [--samples 4000] [--rate 100]";

    public static LoadSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unexpected argument {args[i]}");
            values[args[i][2..]] = args[i + 1];
        }
        string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new LoadSettings(
            Required("endpoint"), long.Parse(Required("app"), CultureInfo.InvariantCulture), Required("secret-id"), Required("secret-key"),
            int.Parse(Required("server-pid"), CultureInfo.InvariantCulture),
            Number("agents", 1000), Number("tabs", 2), Number("samples", 4000), Number("rate", 100));
    }

    public int Connections => Agents * Tabs;
}
