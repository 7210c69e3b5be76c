using Switchboard.Staff;

namespace Switchboard.Presence;

/// <summary>
/// DeleteStaff's question answered from the agents' grains: an agent is online while a workstation is connected
/// or their state is anything but offline (including the grace period after a dropped connection).
/// </summary>
internal sealed class LivePresence(IPresenceDirectory directory) : IAgentPresence
{
    public async ValueTask<IReadOnlySet<string>> FindOnlineAsync(long sdkAppId, IReadOnlyCollection<string> mailKeys, CancellationToken cancellationToken)
    {
        var views = await Task.WhenAll(mailKeys.Select(async key => (key, view: await directory.GetAsync(new AgentKey(sdkAppId, key)))));
        return views.Where(v => v.view.ConnectedClients > 0 || v.view.Status != AgentStatus.Offline)
            .Select(v => v.key).ToHashSet(StringComparer.Ordinal);
    }
}
