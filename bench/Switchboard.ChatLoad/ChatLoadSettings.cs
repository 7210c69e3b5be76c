using Switchboard.LoadKit;

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
        var values = new LoadArguments(args);
        return new ChatLoadSettings(
            values.Required("endpoint"), values.RequiredNumber("app"), values.Required("secret-id"), values.Required("secret-key"),
            (int)values.RequiredNumber("server-pid"),
            values.Number("agents", 50), values.Number("chats-per-agent", 10), values.Number("samples", 5000), values.Number("rate", 100));
    }

    public int Chats => Agents * ChatsPerAgent;
}
