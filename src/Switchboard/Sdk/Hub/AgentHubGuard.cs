using Microsoft.AspNetCore.SignalR;
using Switchboard.Chat;
using Switchboard.Presence;
using Switchboard.Sdk.Hub.Chat;

namespace Switchboard.Sdk.Hub;

/// <summary>
/// Wraps every <see cref="AgentHub"/> invocation: the per-connection rate limit, and failures (the grain
/// unreachable, a bug) answered as a refused <see cref="HubResult"/> instead of an error the client must parse.
/// Answers given here use the latest state this node has seen, so they add no load on the agent's grain.
/// </summary>
public sealed class AgentHubGuard(
    HubInvocationRateLimiter limiter,
    AgentConnectionRegistry connections,
    ILogger<AgentHubGuard> log) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (!limiter.TryAcquire(invocation.Context.ConnectionId))
            return Answer(invocation, ChatRefusals.RateLimited, "Too many requests on this connection; slow down and retry in a second.");
        try
        {
            return await next(invocation);
        }
        catch (Exception e) when (e is not HubException)
        {
            log.LogError(e, "Agent hub {Method} failed for {Agent}", invocation.HubMethodName, AgentHub.AgentOf(invocation.Context));
            return Answer(invocation, ChatHubResult.Unavailable, "The server could not handle the request right now; retry in a moment.");
        }
    }

    private object Answer(HubInvocationContext invocation, string chatCode, string errorMsg)
    {
        // The chat methods answer in their own form, with a code.
        if (invocation.HubMethod.ReturnType == typeof(Task<ChatHubResult>)) return ChatHubResult.Refused(chatCode, errorMsg);
        var agent = AgentHub.AgentOf(invocation.Context);
        var state = AgentState.From(connections.LastView(agent)
            ?? new PresenceView(AgentStatus.Offline, null, DateTimeOffset.UnixEpoch, false, 0));
        // GetState has no error field: it answers the latest state known here, which is what it is for.
        return invocation.HubMethod.ReturnType == typeof(Task<AgentState>) ? state : HubResult.Refused(errorMsg, state);
    }
}
