using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Switchboard.Presence;
using Switchboard.Staff;

namespace Switchboard.Sdk.Login;

/// <summary>
/// <c>POST /sdk/login</c> (one-time token → session credential) and <c>POST /sdk/session/renew</c>. Every refusal
/// is a <c>{code, message}</c> body (400, 401, 429, or 503 when the store or presence fails); nothing a client
/// sends produces a 500.
/// </summary>
public static class SdkLoginEndpoints
{
    /// <summary>A login body is under 500 bytes; 4 KB leaves room for long mails without reading megabytes.</summary>
    public const int MaxBodyBytes = 4 * 1024;

    /// <summary>Maps both endpoints and their CORS preflights.</summary>
    public static void MapSdkLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/sdk/login", (RequestDelegate)LoginAsync).WithDisplayName("SDK login").DisableAntiforgery();
        endpoints.MapPost("/sdk/session/renew", (RequestDelegate)RenewAsync).WithDisplayName("SDK session renewal").DisableAntiforgery();
        endpoints.MapMethods("/sdk/login", [HttpMethods.Options], SdkCors.Preflight);
        endpoints.MapMethods("/sdk/session/renew", [HttpMethods.Options], SdkCors.Preflight);
    }

    private static Task LoginAsync(HttpContext http) => AnswerAsync(http, async services =>
    {
        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null) return SdkLoginFailure.BadRequest($"The body must be a JSON object of at most {MaxBodyBytes} bytes.");
        if (!SdkLoginRequest.TryParse(body.Value, out var request, out var problem)) return SdkLoginFailure.BadRequest(problem);

        // The token first: answering AgentNotFound before it would let anyone probe which agents exist.
        var redemption = await services.GetRequiredService<SdkLoginTokenService>()
            .RedeemAsync(request!.SdkAppId, request.UserId, request.Token, http.RequestAborted);
        if (SdkLoginFailure.For(redemption) is { } refused) return refused;

        var profile = await services.GetRequiredService<AgentDirectory>()
            .FindProfileAsync(request.SdkAppId, request.UserId, http.RequestAborted);
        if (profile is null) return SdkLoginFailure.AgentNotFound;

        var agent = new AgentKey(request.SdkAppId, AgentDirectory.MailKey(profile.Mail));
        var presence = await services.GetRequiredService<IPresenceDirectory>().GetAsync(agent);
        if (presence.ForcedOffline) return SdkLoginFailure.ForcedOffline;

        var restReasons = await services.GetRequiredService<RestReasonCatalog>().ForApplicationAsync(request.SdkAppId, http.RequestAborted);
        var credentials = services.GetRequiredService<SdkSessionCredentials>();
        return new SdkLoginAnswer(
            credentials.Issue(agent),
            (int)credentials.Lifetime.TotalSeconds,
            new SdkAgentCard(profile.Mail, profile.Name, profile.Nick, profile.StaffNumber, request.SdkAppId),
            restReasons,
            AgentState.From(presence));
    });

    private static Task RenewAsync(HttpContext http) => AnswerAsync(http, async services =>
    {
        var credentials = services.GetRequiredService<SdkSessionCredentials>();
        var presented = AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase) ? header.Parameter : null;
        switch (credentials.Check(presented, out var session))
        {
            case SdkSessionCheck.Expired: return SdkLoginFailure.SessionExpired;
            case SdkSessionCheck.Invalid: return SdkLoginFailure.SessionInvalid;
        }

        var agent = session!.Agent;
        if (await services.GetRequiredService<AgentDirectory>().FindMailAsync(agent.SdkAppId, agent.MailKey, http.RequestAborted) is null)
            return SdkLoginFailure.AgentNotFound;
        if ((await services.GetRequiredService<IPresenceDirectory>().GetAsync(agent)).ForcedOffline)
            return SdkLoginFailure.ForcedOffline;
        return new SdkRenewAnswer(credentials.Issue(agent), (int)credentials.Lifetime.TotalSeconds);
    });

    /// <summary>Rate limit, CORS, and one place that turns answers, refusals and failures into responses.</summary>
    private static async Task AnswerAsync(HttpContext http, Func<IServiceProvider, Task<object>> handle)
    {
        SdkCors.AllowAnyOrigin(http.Response);
        http.Response.Headers.CacheControl = "no-store";
        var services = http.RequestServices;
        object answer;
        try
        {
            answer = services.GetRequiredService<SdkLoginRateLimiter>().TryAcquire(http.Connection.RemoteIpAddress ?? IPAddress.None)
                ? await handle(services)
                : SdkLoginFailure.TooManyRequests;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (BadHttpRequestException e)
        {
            // A body Kestrel itself could not read (cut short, broken chunking): the client's fault, said as such.
            answer = SdkLoginFailure.BadRequest($"The request body could not be read: {e.Message}");
        }
        catch (Exception e)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SdkLoginEndpoints))
                .LogError(e, "SDK {Path} failed", http.Request.Path);
            answer = SdkLoginFailure.ServerError;
        }

        if (answer is SdkLoginFailure failure)
        {
            http.Response.StatusCode = failure.HttpStatus;
            await http.Response.WriteAsJsonAsync(new { code = failure.Code, message = failure.Message }, JsonSerializerOptions.Web);
        }
        else
        {
            await http.Response.WriteAsJsonAsync(answer, answer.GetType(), JsonSerializerOptions.Web);
        }
    }

    /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/> (read no further than that).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0) break;
            length += read;
        }
        return length > MaxBodyBytes ? null : buffer.AsMemory(0, length);
    }
}
