namespace Switchboard.Staff;

/// <summary>
/// The presence answer of a host that runs the staff feature without live presence (the staff action tests):
/// nobody is online, so every agent may be deleted. The server registers <c>Presence.AddPresence</c>, which
/// takes this registration out and answers from the agents' grains.
/// </summary>
public sealed class NoLivePresence : IAgentPresence
{
    private static readonly IReadOnlySet<string> Nobody = new HashSet<string>();

    public ValueTask<IReadOnlySet<string>> FindOnlineAsync(long sdkAppId, IReadOnlyCollection<string> mailKeys, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Nobody);
}
