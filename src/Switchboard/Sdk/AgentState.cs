using Switchboard.Presence;

namespace Switchboard.Sdk;

/// <summary>
/// An agent's state on the wire (login answer, hub results, <c>statusChanged</c>): the Web SDK status name,
/// the rest reason, and when the state began in Unix milliseconds.
/// </summary>
public sealed record AgentState(string Status, string? Reason, long Since)
{
    /// <summary>The wire form of a presence view; the reason is sent only with <c>rest</c>.</summary>
    public static AgentState From(PresenceView view) => new(
        AgentStatusNames.ForSdk(view.Status),
        view.Status == AgentStatus.Rest ? view.Reason : null,
        view.Since.ToUnixTimeMilliseconds());
}
