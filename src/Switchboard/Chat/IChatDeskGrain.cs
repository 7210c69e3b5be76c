using System.Collections.Immutable;
using Orleans;
using Orleans.Concurrency;
using Switchboard.Presence;

namespace Switchboard.Chat;

/// <summary>
/// One application's chat desk: the single writer of its live chat sessions and of the routing engine that
/// assigns them. Keyed by SdkAppId. Messages do not pass through it: it only answers who may post.
/// </summary>
[Alias("Switchboard.Chat.IChatDeskGrain")]
internal interface IChatDeskGrain : IGrainWithIntegerKey
{
    [Alias("Start")] Task<ChatResult> StartAsync(ChatStartRequest request);
    [Alias("FindOpen")] Task<ChatSessionView?> FindOpenAsync(string visitorId);
    [Alias("Get")] Task<ChatSessionView?> GetAsync(string sessionId, ChatSender participant);

    /// <summary>May <paramref name="from"/> write to the session now? Accepted with the session (its agent) when they may.</summary>
    [Alias("CheckPost")] Task<ChatResult> CheckPostAsync(string sessionId, ChatSender from);
    [Alias("Accept")] Task<ChatResult> AcceptAsync(string mailKey, string sessionId);
    [Alias("EndByAgent")] Task<ChatResult> EndByAgentAsync(string mailKey, string sessionId);
    [Alias("EndByVisitor")] Task<ChatResult> EndByVisitorAsync(string visitorId, string sessionId);
    [Alias("Transfer")] Task<ChatResult> TransferAsync(string mailKey, string sessionId, long? skillGroupId, string? userId);
    [Alias("Complete")] Task<ChatResult> CompleteAsync(string mailKey, string sessionId);
    [Alias("AgentSessions")] Task<ImmutableArray<ChatSessionView>> AgentSessionsAsync(string mailKey);
    [Alias("TransferTargets")] Task<TransferTargets> TransferTargetsAsync(string mailKey);

    /// <summary>An agent's presence changed (from <see cref="IPresenceListener"/>).</summary>
    [OneWay, Alias("PresenceChanged")] Task PresenceChangedAsync(string mailKey, AgentStatus status);

    /// <summary>Agents, skill groups or memberships of the application changed: reload them.</summary>
    [OneWay, Alias("StaffChanged")] Task StaffChangedAsync();

    /// <summary>The desk's own clock: a routing or idle timer may be due.</summary>
    [OneWay, Alias("Wake")] Task WakeAsync(long generation);
}
