using Microsoft.AspNetCore.SignalR;

namespace Switchboard.Chat.Visitors.Hub;

/// <summary>
/// Wraps every <see cref="VisitorHub"/> invocation: the per-connection rate limit, and failures (the desk
/// unreachable, a bug) answered as a refusal value instead of an error the widget must parse.
/// </summary>
public sealed class VisitorHubGuard(VisitorInvocationRateLimiter limiter, ILogger<VisitorHubGuard> log) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (!limiter.TryAcquire(invocation.Context.ConnectionId))
            return VisitorHubAnswer.Refused(ChatRefusals.RateLimited, "Too many requests on this connection; slow down and retry in a second.");
        try
        {
            return await next(invocation);
        }
        catch (Exception e) when (e is not HubException)
        {
            log.LogError(e, "Visitor hub {Method} failed for {Visitor}", invocation.HubMethodName, invocation.Context.UserIdentifier);
            return VisitorHubAnswer.Refused(VisitorHubAnswer.Unavailable, "The chat could not handle the request right now; retry in a moment.");
        }
    }
}
