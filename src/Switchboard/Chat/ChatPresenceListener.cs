using Orleans;
using Switchboard.Presence;

namespace Switchboard.Chat;

/// <summary>Passes every presence change to the agent's application desk, which decides what it means for routing.</summary>
internal sealed class ChatPresenceListener(IGrainFactory grains) : IPresenceListener
{
    public void StatusChanged(AgentKey agent, PresenceView view) =>
        grains.GetGrain<IChatDeskGrain>(agent.SdkAppId).PresenceChangedAsync(agent.MailKey, view.Status).Ignore();
}
