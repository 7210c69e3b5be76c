namespace Switchboard.Staff;

/// <summary>
/// The presence answer while no agent can be online: agents log in through the browser SDK, which does not
/// exist yet, so nobody is online and every agent may be deleted. The presence grain of the next issue
/// replaces this registration (<see cref="StaffFeature.AddStaff"/> uses TryAdd so it can).
/// </summary>
public sealed class NoLivePresence : IAgentPresence
{
    private static readonly IReadOnlySet<string> Nobody = new HashSet<string>();

    public ValueTask<IReadOnlySet<string>> FindOnlineAsync(long sdkAppId, IReadOnlyCollection<string> mailKeys, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Nobody);
}
