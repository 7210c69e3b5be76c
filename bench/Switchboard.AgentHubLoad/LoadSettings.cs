using Switchboard.LoadKit;

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
        var values = new LoadArguments(args);
        return new LoadSettings(
            values.Required("endpoint"), values.RequiredNumber("app"), values.Required("secret-id"), values.Required("secret-key"),
            (int)values.RequiredNumber("server-pid"),
            values.Number("agents", 1000), values.Number("tabs", 2), values.Number("samples", 4000), values.Number("rate", 100));
    }

    public int Connections => Agents * Tabs;
}
