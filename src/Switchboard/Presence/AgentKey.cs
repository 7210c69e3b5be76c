using Orleans;

namespace Switchboard.Presence;

/// <summary>
/// Names one agent of one application: the key of the agent's presence grain and of its connections.
/// <paramref name="MailKey"/> is the lower-cased mail (<c>AgentDirectory.MailKey</c>), so "Ann@x" and "ann@x"
/// are the same agent everywhere.
/// </summary>
[GenerateSerializer, Immutable, Alias("Switchboard.Presence.AgentKey")]
public readonly record struct AgentKey(long SdkAppId, string MailKey)
{
    /// <summary>"sdkAppId/mailKey": the grain key and the SignalR group name of the agent's tabs.</summary>
    public override string ToString() => $"{SdkAppId}/{MailKey}";
}
