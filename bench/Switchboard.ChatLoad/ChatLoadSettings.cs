using System.Globalization;

namespace Switchboard.ChatLoad;

/// <summary>What to run, from <c>--name value</c> arguments. <see cref="Rate"/> is visitor messages started per second.</summary>
internal sealed record ChatLoadSettings(
    string Endpoint, long SdkAppId, string SecretId, string SecretKey, int ServerPid,
    int Agents, int ChatsPerAgent, int Samples, int Rate)
{
    public const string Usage =
        "usage: Switchboard.ChatLoad --endpoint HOST:PORT --app SDKAPPID --secret-id ID --secret-key KEY --server-pid PID " +
        "[--agents 50] [--chats-per-agent 10] [--samples 5000] [--rate 100]";

    public static ChatLoadSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unexpected argument {args[i]}");
            values[args[i][2..]] = args[i + 1];
        }
        string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new ChatLoadSettings(
            Required("endpoint"), long.Parse(Required("app"), CultureInfo.InvariantCulture), Required("secret-id"), Required("secret-key"),
            int.Parse(Required("server-pid"), CultureInfo.InvariantCulture),
            Number("agents", 50), Number("chats-per-agent", 10), Number("samples", 5000), Number("rate", 100));
    }

    public int Chats => Agents * ChatsPerAgent;
}
